/** JPA implementation of the register, with row locks on vials. */
package com.clinicsuite.pharmacy.infrastructure;
