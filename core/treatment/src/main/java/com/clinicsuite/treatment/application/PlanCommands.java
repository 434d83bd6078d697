package com.clinicsuite.treatment.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a physician writes into a plan. */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** The plan's goals; the pain target defaults to 30 %. */
    public record Goals(Integer nrsTargetPercent, Integer mmeTargetPercent, String functionGoal, String moodGoal) implements Serializable {
    }

    /**
     * IV ketamine. Dose, minutes and bolus default to the protocol's; a dose above its limits needs a justification.
     */
    public record IvKetamine(UUID clinicianId, String protocolCode, BigDecimal doseMgPerKgPerHour, Integer durationMinutes,
                             BigDecimal bolusMgPerKg, String justification, Integer inductionSessions, Integer minGapDays,
                             Integer maxGapDays, Integer boosterMinWeeks, Integer boosterMaxWeeks, Integer maxBoosters)
            implements Serializable {
    }

    /** Oral ketamine as a prescription record. */
    public record OralKetamine(UUID clinicianId, BigDecimal doseMg, String directions, Integer quantity, Integer refills,
                               String prescriberDea) implements Serializable {
    }

    /** Physical therapy. */
    public record PhysicalTherapy(UUID clinicianId, String evaluationComplexity, Integer visitsPerWeek, Integer weeks, String goals,
                                  LocalDate recertifyBy, String certifyingPhysician) implements Serializable {
    }

    /** Counseling. */
    public record Counseling(UUID clinicianId, boolean intakeEvaluation, Integer sessions, Integer everyDays, String modality,
                             boolean integrationRule) implements Serializable {
    }

    /** A protocol template as administrators maintain it. */
    public record Template(String code, String name, BigDecimal doseMgPerKgPerHour, Integer durationMinutes, BigDecimal bolusMgPerKg,
                           BigDecimal maxRateMgPerKgPerHour, BigDecimal maxBolusMgPerKg, BigDecimal maxTotalMg,
                           Integer inductionSessions, String source) implements Serializable {
    }
}
