package com.clinicsuite.patients.domain.consent;

/** The consents the clinic keeps on file. */
public enum ConsentType {
    KETAMINE_INFORMED("Ketamine informed consent"),
    TREATMENT("Treatment consent"),
    PRIVACY_ACKNOWLEDGEMENT("Privacy practices acknowledgement");

    private final String label;

    ConsentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
