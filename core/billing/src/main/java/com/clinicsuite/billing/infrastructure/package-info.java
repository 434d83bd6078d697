/** JPA implementation of billing, with row locks for gap-free numbering and idempotent payments. */
package com.clinicsuite.billing.infrastructure;
