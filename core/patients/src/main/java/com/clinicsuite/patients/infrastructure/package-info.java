/**
 * JPA implementations of the patient repository and of the patient list query.
 */
package com.clinicsuite.patients.infrastructure;
