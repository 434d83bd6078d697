/** Use cases of treatment plans (write, sign, pause, close, review, book series) and protocol templates, with their DTOs. */
package com.clinicsuite.treatment.application;
