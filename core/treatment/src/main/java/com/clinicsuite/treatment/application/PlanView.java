package com.clinicsuite.treatment.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A treatment plan as clinicians see it. Components a clinician does not own are summarised, not detailed
 * ({@code null} with {@code ...Summary} filled). {@code version} goes back with every change (optimistic locking).
 */
public record PlanView(
        UUID id, UUID patientId, long version, String status, String phase, int planVersion, String statusReason, String reviewFlag,
        String signedBy, Instant signedAt, Integer baselineNrs,
        int nrsTargetPercent, Integer mmeTargetPercent, String functionGoal, String moodGoal,
        List<IndicationRow> indications,
        Ketamine ketamine, String ketamineSummary,
        Therapy physicalTherapy, String therapySummary,
        Counseling counseling, String counselingSummary,
        Progress progress,
        List<ReviewRow> reviews, List<ChangeRow> history, List<SessionRow> sessions) implements Serializable {

    /** An indication with the guideline's evidence grade. */
    public record IndicationRow(String code, String description, String evidence) implements Serializable {
    }

    /** The ketamine component in full. */
    public record Ketamine(UUID clinicianId, String clinicianName, String route, String protocolCode, String protocolName,
                           BigDecimal doseMgPerKgPerHour, Integer durationMinutes, BigDecimal bolusMgPerKg, String exceededLimits,
                           String justification, Integer inductionSessions, Integer minGapDays, Integer maxGapDays,
                           Integer boosterMinWeeks, Integer boosterMaxWeeks, Integer maxBoosters, BigDecimal oralDoseMg,
                           String oralDirections, Integer oralQuantity, Integer oralRefills, String prescriberDea) implements Serializable {
    }

    /** The PT component in full. */
    public record Therapy(UUID clinicianId, String clinicianName, String evaluationComplexity, Integer visitsPerWeek, Integer weeks,
                          String goals, LocalDate recertifyBy, String certifyingPhysician) implements Serializable {
    }

    /** The counseling component in full. */
    public record Counseling(UUID clinicianId, String clinicianName, boolean intakeEvaluation, Integer sessions, Integer everyDays,
                             String modality, boolean integrationRule) implements Serializable {
    }

    /**
     * Sessions per discipline: planned in the plan, booked, attended, missed (no-show or late cancel); and whether
     * the response review is due with the NRS change so far.
     */
    public record Progress(int infusionsPlanned, int infusionsBooked, int infusionsAttended, int ptPlanned, int ptAttended,
                           int counselingPlanned, int counselingAttended, int missed, boolean reviewDue, Integer latestNrs,
                           BigDecimal reductionPercent, String responseCategory) implements Serializable {
    }

    /** A response review. */
    public record ReviewRow(Instant reviewedAt, String reviewedBy, int baselineNrs, int currentNrs, BigDecimal reductionPercent,
                            String category, boolean responder, String decision, String justification) implements Serializable {
    }

    /** One history line. */
    public record ChangeRow(int planVersion, Instant changedAt, String changedBy, String change) implements Serializable {
    }

    /** A booked session of the plan (from scheduling), for the timeline. */
    public record SessionRow(UUID appointmentId, String discipline, String typeLabel, LocalDateTime startsAt, String providerName,
                             String status) implements Serializable {
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean onHold() {
        return "ON_HOLD".equals(status);
    }

    public boolean closed() {
        return "COMPLETED".equals(status) || "DISCONTINUED".equals(status);
    }
}
