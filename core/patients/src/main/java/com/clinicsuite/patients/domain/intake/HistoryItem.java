package com.clinicsuite.patients.domain.intake;

/** The medical history checklist of the intake. */
public enum HistoryItem {
    HYPERTENSION("Hypertension"),
    HEART_DISEASE("Heart disease"),
    ARRHYTHMIA("Arrhythmia"),
    STROKE("Stroke or TIA"),
    SEIZURES("Seizures"),
    GLAUCOMA("Glaucoma"),
    LIVER_DISEASE("Liver disease"),
    KIDNEY_DISEASE("Kidney disease"),
    DIABETES("Diabetes"),
    THYROID_DISEASE("Thyroid disease"),
    SLEEP_APNEA("Sleep apnea"),
    ASTHMA_COPD("Asthma or COPD"),
    DEPRESSION("Depression"),
    ANXIETY("Anxiety"),
    PTSD("PTSD"),
    BIPOLAR_DISORDER("Bipolar disorder"),
    PSYCHOSIS("Psychosis"),
    SUBSTANCE_USE_DISORDER("Substance use disorder"),
    CANCER("Cancer");

    private final String label;

    HistoryItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
