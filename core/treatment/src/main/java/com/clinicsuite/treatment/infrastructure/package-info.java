/** JPA implementation of the treatment repository. */
package com.clinicsuite.treatment.infrastructure;
