/** Consent use cases: record with a scan, list with what is missing, download, revoke. */
package com.clinicsuite.patients.application.consent;
