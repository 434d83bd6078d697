package com.clinicsuite.treatment.domain;

import java.util.Optional;

/**
 * The psychotherapy CPT code from the session's minutes (DOMAIN.md §5): 90832 for 16–37 min, 90834 for 38–52,
 * 90837 for 53 or more; under 16 minutes is not billable as psychotherapy. A diagnostic (intake) evaluation is
 * 90791, untimed. Add-on 90785 for interactive complexity.
 */
public final class PsychotherapyCode {

    public static final String INTAKE = "90791";
    public static final String INTERACTIVE_COMPLEXITY = "90785";

    private PsychotherapyCode() {
    }

    /** The code for a session of {@code minutes}; empty under 16 minutes. */
    public static Optional<String> forMinutes(int minutes) {
        if (minutes < 16) {
            return Optional.empty();
        }
        if (minutes <= 37) {
            return Optional.of("90832");
        }
        if (minutes <= 52) {
            return Optional.of("90834");
        }
        return Optional.of("90837");
    }

    /** The code for a session: 90791 for an intake evaluation, otherwise by minutes. */
    public static Optional<String> forSession(boolean intakeEvaluation, int minutes) {
        return intakeEvaluation ? Optional.of(INTAKE) : forMinutes(minutes);
    }
}
