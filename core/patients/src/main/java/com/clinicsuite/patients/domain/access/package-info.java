/** Emergency access ("break the glass") to a chart outside one's care team: time-limited grants with a reason, and their policy. */
package com.clinicsuite.patients.domain.access;
