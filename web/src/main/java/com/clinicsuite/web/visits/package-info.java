/** Visit documentation screens: the infusion flowsheet. */
package com.clinicsuite.web.visits;
