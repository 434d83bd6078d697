/** The schedule: the day list with check-in and cancellation, and booking an appointment. */
package com.clinicsuite.web.schedule;
