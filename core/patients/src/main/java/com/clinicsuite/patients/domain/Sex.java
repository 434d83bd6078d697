package com.clinicsuite.patients.domain;

/** Sex assigned at birth, as recorded for clinical and claim purposes. */
public enum Sex {
    FEMALE("Female"), MALE("Male"), UNKNOWN("Unknown");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
