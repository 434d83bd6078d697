package com.clinicsuite.treatment.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small DTOs of treatment: plan list rows, what the front desk may book, templates. */
public final class PlanRows {

    private PlanRows() {
    }

    /** The guideline's evidence grade for IV ketamine in a diagnosis, as the plan shows it beside an indication. */
    public static String evidenceFor(String icdCode) {
        return com.clinicsuite.treatment.domain.IndicationEvidence.of(icdCode).label();
    }

    /** A plan in a patient's list. */
    public record PlanSummary(UUID id, String status, String phase, int planVersion, String components, String signedBy,
                              Instant signedAt, Instant createdAt) implements Serializable {
    }

    /**
     * What the front desk sees of a plan: only what to book (no doses, goals or diagnoses).
     *
     * @param items e.g. "6 × Ketamine infusion, 60 min, every 2–4 days"
     */
    public record Booking(UUID planId, UUID patientId, String status, String phase, List<String> items, int booked,
                          int attended) implements Serializable {
    }

    /**
     * The services an open plan foresees, for billing's Good Faith Estimate: infusion sessions (induction plus the
     * maximum maintenance boosters) with their minutes, PT visits with the evaluation complexity, counseling sessions
     * with or without an intake evaluation. No clinical detail.
     */
    public record ServicePlan(UUID planId, UUID patientId, int infusions, int infusionMinutes, int ptVisits, String ptEvaluation,
                              int counselingSessions, boolean counselingIntake) implements Serializable {
    }

    /** A protocol template. */
    public record TemplateRow(String code, String name, java.math.BigDecimal doseMgPerKgPerHour, int durationMinutes,
                              java.math.BigDecimal bolusMgPerKg, java.math.BigDecimal maxRateMgPerKgPerHour,
                              java.math.BigDecimal maxBolusMgPerKg, java.math.BigDecimal maxTotalMg, int inductionSessions,
                              String source, boolean active, long version) implements Serializable {

        public String label() {
            return name + " (" + doseMgPerKgPerHour.stripTrailingZeros().toPlainString() + " mg/kg/h × " + durationMinutes + " min"
                    + (bolusMgPerKg == null ? "" : ", bolus " + bolusMgPerKg.stripTrailingZeros().toPlainString() + " mg/kg") + ")";
        }
    }
}
