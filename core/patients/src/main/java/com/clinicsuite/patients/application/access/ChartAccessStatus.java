package com.clinicsuite.patients.application.access;

import java.io.Serializable;
import java.time.Instant;

/**
 * How the caller reaches a chart: as a member of the care team, because no team has formed yet, or through an
 * emergency access that ends at {@code emergencyUntil}; {@code open} is false when only breaking the glass would help,
 * and then {@code emergencyMinutes} says how long an emergency access would last (0 while the chart is open).
 */
public record ChartAccessStatus(boolean open, boolean onCareTeam, boolean teamFormed, Instant emergencyUntil, int emergencyMinutes,
                                String patientName, String mrn)
        implements Serializable {

    public boolean emergency() {
        return emergencyUntil != null;
    }
}
