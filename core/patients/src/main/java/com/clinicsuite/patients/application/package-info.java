/**
 * Patient use cases (register, find) as secured stateless services, with the commands they take and
 * the DTO records they return to screens and REST resources.
 */
package com.clinicsuite.patients.application;
