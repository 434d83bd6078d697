/** Use cases of the ketamine register (receive, draw with witnessed waste, correct, count, report) and their DTOs. */
package com.clinicsuite.pharmacy.application;
