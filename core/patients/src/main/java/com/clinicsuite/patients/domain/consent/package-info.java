/**
 * Consents on file: ketamine informed consent, treatment consent and privacy acknowledgement, each with date,
 * signer and a scanned document (PDF, PNG or JPEG, checked by content, size-limited, stored in the database).
 * A consent is revoked with a date, never deleted.
 */
package com.clinicsuite.patients.domain.consent;
