package com.clinicsuite.patients.application.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of the clinical services. */
public final class Commands {

    private Commands() {
    }

    /** A diagnosis to add: a billable code from the clinic's list. */
    public record AddDiagnosis(
            @NotBlank(message = "Choose a diagnosis code.") String code,
            LocalDate onset,
            @Size(max = 100, message = "Body site may have at most 100 characters.") String bodySite,
            @Size(max = 20, message = "Laterality may have at most 20 characters.") String laterality,
            @Size(max = 100, message = "Character may have at most 100 characters.") String character) implements Serializable {
    }

    /**
     * A current medication.
     *
     * @param opioid an {@code Opioid} code when the drug is an opioid (for MME), else blank
     */
    public record AddMedication(
            @NotBlank(message = "Name the drug.") @Size(max = 100, message = "Drug may have at most 100 characters.") String drug,
            String opioid,
            @NotNull(message = "Give the strength.") @DecimalMin(value = "0.001", message = "Strength must be above 0.")
            @DecimalMax(value = "100000", message = "Strength is too large.") BigDecimal strength,
            @NotBlank(message = "Give the unit, e.g. mg.") @Size(max = 20, message = "Unit may have at most 20 characters.") String unit,
            @NotBlank(message = "Give the route, e.g. oral.") @Size(max = 30, message = "Route may have at most 30 characters.") String route,
            @NotBlank(message = "Give the frequency, e.g. every 6 hours.") @Size(max = 60, message = "Frequency may have at most 60 characters.") String frequency,
            @NotNull(message = "Give the units per day.") @DecimalMin(value = "0.001", message = "Units per day must be above 0.")
            @DecimalMax(value = "100", message = "Units per day must be at most 100.") BigDecimal unitsPerDay,
            @Size(max = 100, message = "Prescriber may have at most 100 characters.") String prescriber) implements Serializable {
    }

    /**
     * A treatment already tried.
     *
     * @param category MEDICATIONS, INJECTIONS, SURGERY, PHYSICAL_THERAPY, PSYCHOLOGICAL or DEVICES
     * @param response NO_RELIEF, PARTIAL_RELIEF, GOOD_RELIEF, INTOLERABLE_SIDE_EFFECTS or UNKNOWN
     */
    public record AddPriorTreatment(String category, String description, LocalDate startedOn, LocalDate endedOn,
                                    String response) implements Serializable {
    }

    /** Baseline vitals and weight. */
    public record RecordVitals(
            @NotNull(message = "Give the systolic pressure.") Integer systolic,
            @NotNull(message = "Give the diastolic pressure.") Integer diastolic,
            @NotNull(message = "Give the heart rate.") Integer heartRate,
            @NotNull(message = "Give the SpO2.") Integer spo2,
            @NotNull(message = "Give the respiratory rate.") Integer respiratoryRate,
            @NotNull(message = "Give the weight.") BigDecimal weightKg,
            @NotNull(message = "Give the date measured.") LocalDate measuredOn) implements Serializable {
    }

    /**
     * A completed questionnaire.
     *
     * @param instrument NRS, PHQ9, GAD7, BPI or ODI
     * @param answers    one per item in order; null for an unanswered ODI section
     */
    public record RecordQuestionnaire(
            @NotBlank(message = "Choose a questionnaire.") String instrument,
            @NotNull(message = "Give the answers.") List<Integer> answers,
            @NotNull(message = "Give the date it was completed.") LocalDate takenOn) implements Serializable {
    }
}
