/** Who may open a chart: the care team, or anyone else through a time-limited, reasoned and reviewed emergency access. */
package com.clinicsuite.patients.application.access;
