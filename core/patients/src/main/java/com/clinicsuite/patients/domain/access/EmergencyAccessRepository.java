package com.clinicsuite.patients.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Emergency access grants and their policy. */
public interface EmergencyAccessRepository {

    void add(EmergencyAccessGrant grant);

    Optional<EmergencyAccessGrant> find(UUID id);

    /** The user's grant for the patient that is active at {@code at}, if any (the latest one). */
    Optional<EmergencyAccessGrant> activeGrant(UUID patientId, String username, Instant at);

    /** Grants from {@code from} on, newest first, at most {@code limit}; only unreviewed ones when asked. */
    List<EmergencyAccessGrant> since(Instant from, boolean unreviewedOnly, int limit);

    long unreviewed();

    EmergencyAccessPolicy policy();

    void flush();
}
