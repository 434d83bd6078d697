/** The ketamine register screens and its printable reports (PDF, CSV). */
package com.clinicsuite.web.register;
