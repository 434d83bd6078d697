/**
 * The patient record aggregate and its value objects (MRN), with the rules that make a record
 * valid. No Jakarta EE imports except JPA mapping annotations.
 */
package com.clinicsuite.patients.domain;
