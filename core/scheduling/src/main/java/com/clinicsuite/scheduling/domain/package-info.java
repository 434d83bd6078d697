/**
 * Scheduling rules: providers with working hours, chairs and rooms, appointment types, and appointments
 * with their states. The database's exclusion constraints make double-booking impossible; the domain
 * explains refusals before they reach it.
 */
package com.clinicsuite.scheduling.domain;
