package com.clinicsuite.patients.application.intake;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The intake assessment as the chart shows it. {@code version} goes back with every change so that a
 * concurrent edit is refused rather than overwritten.
 */
public record IntakeView(
        UUID patientId, long version,
        List<ScreenItem> screen, List<String> blocking, List<String> cautions, int unanswered,
        String decision, String decisionLabel, String overrideReason, String decidedBy, Instant decidedAt,
        List<DiagnosisRow> diagnoses,
        List<MedicationRow> medications, BigDecimal dailyMme, String mmeFlag, String mmeNote,
        List<AllergyRow> allergies,
        VitalsRow vitals,
        List<TreatmentRow> priorTreatments,
        List<ChecklistItem> history) implements Serializable {

    /** A treatment already tried. */
    public record TreatmentRow(int index, String category, String description, LocalDate startedOn, LocalDate endedOn,
                               String response) implements Serializable {
    }

    /** One item of the medical history checklist. */
    public record ChecklistItem(String code, String label, boolean checked) implements Serializable {
    }

    /** One contraindication item with its grade, gate and answer (YES, NO, UNKNOWN or null). */
    public record ScreenItem(String code, String label, String grade, String gate, String answer) implements Serializable {
    }

    /** One diagnosis of the intake. */
    public record DiagnosisRow(String code, String description, LocalDate onset, String bodySite, String laterality,
                               String character) implements Serializable {
    }

    /** One current medication; {@code dailyMme} is null for non-opioids. */
    public record MedicationRow(int index, String drug, String opioid, BigDecimal strength, String unit, String route,
                                String frequency, BigDecimal unitsPerDay, String prescriber, BigDecimal dailyMme)
            implements Serializable {
    }

    /** One allergy. */
    public record AllergyRow(int index, String substance, String reaction) implements Serializable {
    }

    /** Baseline vitals and weight. */
    public record VitalsRow(Integer systolic, Integer diastolic, Integer heartRate, Integer spo2, Integer respiratoryRate,
                            BigDecimal weightKg, LocalDate measuredOn) implements Serializable {
    }

    /** True when a ketamine plan could be activated on this intake. */
    public boolean eligibleForKetamine() {
        return "ELIGIBLE".equals(decision) || "ELIGIBLE_WITH_OVERRIDE".equals(decision);
    }
}
