package com.clinicsuite.patients.application;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.util.List;

/**
 * Registration found patients with the same name and date of birth, or the same phone. Nothing was saved;
 * the user reviews the matches and registers again with the duplicate confirmed, or opens the match.
 */
public class PossibleDuplicatesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final List<PatientSummary> matches;

    public PossibleDuplicatesException(List<PatientSummary> matches) {
        super("patient.possibleDuplicate", matches.size() == 1
                ? "A patient with the same name and date of birth, or the same phone, is already registered."
                : matches.size() + " patients with the same name and date of birth, or the same phone, are already registered.");
        this.matches = List.copyOf(matches);
    }

    public List<PatientSummary> matches() {
        return matches;
    }
}
