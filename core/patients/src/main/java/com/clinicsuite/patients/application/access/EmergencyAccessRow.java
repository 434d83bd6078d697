package com.clinicsuite.patients.application.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One emergency access for the administrator's log and the clinician's banner. */
public record EmergencyAccessRow(UUID id, UUID patientId, String mrn, String patientName, String username, String role,
                                 String reason, Instant grantedAt, Instant expiresAt, boolean active, String reviewedBy,
                                 Instant reviewedAt, String reviewNote, long version) implements Serializable {
}
