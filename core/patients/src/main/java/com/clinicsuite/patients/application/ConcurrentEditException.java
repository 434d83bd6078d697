package com.clinicsuite.patients.application;

import com.clinicsuite.shared.error.BusinessRuleException;

/**
 * Someone saved the record after the user opened it. Nothing was overwritten; {@link #current()} holds the
 * values now stored, so the user can compare and apply their change again.
 */
public class ConcurrentEditException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final PatientRecord current;

    public ConcurrentEditException(PatientRecord current) {
        super("patient.concurrentEdit", current.updatedBy() + " changed this record while you were editing it. "
                + "Nothing was overwritten: compare their values below, then make your change again.");
        this.current = current;
    }

    public PatientRecord current() {
        return current;
    }
}
