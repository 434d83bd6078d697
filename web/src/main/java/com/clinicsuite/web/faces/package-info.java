/** Faces plumbing: the one exception handler that turns failures into plain-language messages, and message helpers. */
package com.clinicsuite.web.faces;
