package com.clinicsuite.patients.domain.assessment;

/**
 * Relative contraindications to ketamine (ASRA/AAPM/ASA 2018 consensus, DOMAIN.md §2), with the evidence
 * grade and what the gate does with a "yes" (or "unknown").
 */
public enum Contraindication {
    POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE("Poorly controlled cardiovascular disease", "B", Gate.BLOCK),
    PREGNANCY("Pregnancy", "B", Gate.BLOCK),
    ACTIVE_PSYCHOSIS("Active psychosis", "B", Gate.BLOCK),
    SEVERE_HEPATIC_DISEASE("Severe hepatic disease", "C", Gate.BLOCK),
    MODERATE_HEPATIC_DISEASE("Moderate hepatic disease", "C", Gate.CAUTION),
    ELEVATED_INTRACRANIAL_PRESSURE("Elevated intracranial pressure", "C", Gate.BLOCK),
    ELEVATED_INTRAOCULAR_PRESSURE("Elevated intraocular pressure", "C", Gate.BLOCK),
    ACTIVE_SUBSTANCE_ABUSE("Active substance abuse", "C", Gate.BLOCK),
    /** A clinic default rather than a guideline item. */
    KETAMINE_HYPERSENSITIVITY("Known ketamine hypersensitivity", null, Gate.BLOCK);

    /** What a positive or unknown answer does. */
    public enum Gate { BLOCK, CAUTION }

    /** How an item was answered. */
    public enum Answer { YES, NO, UNKNOWN }

    private final String label;
    private final String grade;
    private final Gate gate;

    Contraindication(String label, String grade, Gate gate) {
        this.label = label;
        this.grade = grade;
        this.gate = gate;
    }

    public String label() {
        return label;
    }

    /** The guideline's evidence grade, or {@code null} for a clinic default. */
    public String grade() {
        return grade;
    }

    public Gate gate() {
        return gate;
    }
}
