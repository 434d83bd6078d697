/** JPA implementation of the scheduling repository, turning the database's no-overlap refusals into "slot taken". */
package com.clinicsuite.scheduling.infrastructure;
