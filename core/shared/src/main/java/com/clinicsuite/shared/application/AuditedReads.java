package com.clinicsuite.shared.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The patients whose chart this request has already recorded as read, with one audit row naming every section the
 * page shows ({@code chart.open}). The sections the page then asks other services for (plans, appointments, packages)
 * are part of that row, so {@link AuditTrail#recordRead} does not write one each. Only reads are covered: every write
 * is recorded on its own. Nothing outlives the request.
 */
@RequestScoped
public class AuditedReads {

    private final Set<UUID> covered = new HashSet<>();

    /** The chart page's audit row for this patient has been written in this request. */
    public void cover(UUID patientId) {
        covered.add(patientId);
    }

    public boolean covers(UUID patientId) {
        return patientId != null && covered.contains(patientId);
    }
}
