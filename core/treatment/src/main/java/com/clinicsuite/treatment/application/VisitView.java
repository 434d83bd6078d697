package com.clinicsuite.treatment.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An infusion visit as the flowsheet shows it; {@code version} goes back with every change. */
public record VisitView(UUID id, long version, UUID appointmentId, UUID planId, UUID patientId, String status,
                        boolean consentOnFile, boolean contraindicationsReconfirmed, String pregnancy, String escortName, String escortPhone,
                        boolean fasting, Integer baselineNrs, boolean baselineNeedsConfirmation, String baselineConfirmedBy,
                        String baselineConfirmation, List<String> checklistGaps,
                        BigDecimal weightKg, LocalDate weighedOn, BigDecimal doseMgPerKgPerHour, Integer plannedMinutes, BigDecimal bolusMg,
                        BigDecimal rateMgPerHour, BigDecimal totalMg, BigDecimal concentrationMgPerMl, BigDecimal pumpMlPerHour,
                        String calculatedBy, String doseConfirmedBy, String protocol,
                        Instant startedAt, Instant nextVitalsDue, Instant endedAt, Integer infusionMinutes, BigDecimal administeredMg,
                        String earlyStopReason, Instant dischargedAt, String dischargeOverride, String signedBy, Instant signedAt,
                        String cosignedBy, Instant cosignedAt, List<ReadingRow> readings, List<EventRow> events) implements Serializable {

    /** One flowsheet row. */
    public record ReadingRow(Instant takenAt, String phase, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
                             Integer respiratoryRate, Integer sedation, Integer painNrs, String alerts, String recordedBy) implements Serializable {
    }

    /** One event: start, pause, restart, rate change, adverse event, rescue medication, draw, end, discharge. */
    public record EventRow(Instant at, String kind, String detail, String recordedBy) implements Serializable {
    }

    public boolean inChecklist() {
        return "CHECKLIST".equals(status);
    }

    public boolean running() {
        return "RUNNING".equals(status) || "PAUSED".equals(status);
    }

    public boolean locked() {
        return "SIGNED".equals(status) || "COSIGNED".equals(status);
    }

    /** The latest alert text on the flowsheet during the infusion, for the banner. */
    public String latestAlert() {
        for (int i = readings.size() - 1; i >= 0; i--) {
            if (readings.get(i).alerts() != null) {
                return readings.get(i).alerts();
            }
            if (!"BASELINE".equals(readings.get(i).phase())) {
                return null;
            }
        }
        return null;
    }
}
