package com.clinicsuite.patients.domain.note;

/** Kinds of clinical note. */
public enum NoteKind {
    PROGRESS("Progress note"),
    INTAKE("Intake note"),
    /** Kept apart from the medical record: only the author may read it. */
    PSYCHOTHERAPY("Psychotherapy note (private to the author)");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
