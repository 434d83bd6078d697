package com.clinicsuite.patients.domain;

/** How the patient prefers to be contacted. */
public enum ContactMethod {
    PHONE("Phone call"), TEXT("Text message"), EMAIL("Email"), MAIL("Post");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
