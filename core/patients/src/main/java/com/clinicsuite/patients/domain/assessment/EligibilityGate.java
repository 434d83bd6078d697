package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.patients.domain.assessment.Contraindication.Answer;
import com.clinicsuite.patients.domain.assessment.Contraindication.Gate;
import com.clinicsuite.shared.error.BusinessRuleException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contraindication gate (DOMAIN.md §2): every item must be answered; a "yes" or "unknown" on a blocking
 * item prevents "eligible" unless a physician records an override with a written reason.
 */
public final class EligibilityGate {

    /** The shortest override reason accepted: a reason, not a token. */
    public static final int MIN_REASON_LENGTH = 10;

    /** The physician's decision. */
    public enum Decision { ELIGIBLE, NOT_ELIGIBLE, ELIGIBLE_WITH_OVERRIDE }

    private final Map<Contraindication, Answer> answers;

    public EligibilityGate(Map<Contraindication, Answer> answers) {
        this.answers = answers.isEmpty() ? new EnumMap<>(Contraindication.class) : new EnumMap<>(answers);
    }

    /** Items not answered yet. */
    public List<Contraindication> unanswered() {
        return Arrays.stream(Contraindication.values()).filter(c -> answers.get(c) == null).toList();
    }

    /** Blocking items answered "yes" or "unknown" (unknown also blocks). */
    public List<Contraindication> blocking() {
        return Arrays.stream(Contraindication.values())
                .filter(c -> c.gate() == Gate.BLOCK)
                .filter(c -> answers.get(c) == Answer.YES || answers.get(c) == Answer.UNKNOWN)
                .toList();
    }

    /** Caution items answered "yes" or "unknown". */
    public List<Contraindication> cautions() {
        return Arrays.stream(Contraindication.values())
                .filter(c -> c.gate() == Gate.CAUTION)
                .filter(c -> answers.get(c) == Answer.YES || answers.get(c) == Answer.UNKNOWN)
                .toList();
    }

    /** True when nothing blocks a ketamine plan. */
    public boolean isClear() {
        return unanswered().isEmpty() && blocking().isEmpty();
    }

    /**
     * Checks a decision against the screen.
     *
     * @param overrideReason the physician's written reason; required for {@link Decision#ELIGIBLE_WITH_OVERRIDE}
     * @throws BusinessRuleException when the decision is not allowed, saying why
     */
    public void check(Decision decision, String overrideReason) {
        if (decision == null) {
            throw new BusinessRuleException("eligibility.required", "decision", "Choose a decision.");
        }
        if (decision == Decision.NOT_ELIGIBLE) {
            return;
        }
        if (!unanswered().isEmpty()) {
            throw new BusinessRuleException("eligibility.screen.incomplete", "decision",
                    "Answer every contraindication item first; unanswered: " + labels(unanswered()) + ".");
        }
        List<Contraindication> blocking = blocking();
        if (decision == Decision.ELIGIBLE && !blocking.isEmpty()) {
            throw new BusinessRuleException("eligibility.blocked", "decision",
                    "Not eligible without an override: " + labels(blocking)
                            + " answered yes or unknown. Record an override with a written reason, or resolve the items.");
        }
        if (decision == Decision.ELIGIBLE_WITH_OVERRIDE) {
            if (blocking.isEmpty()) {
                throw new BusinessRuleException("eligibility.override.unneeded", "decision",
                        "No blocking contraindication: choose \"Eligible\" instead of an override.");
            }
            if (overrideReason == null || overrideReason.strip().length() < MIN_REASON_LENGTH) {
                throw new BusinessRuleException("eligibility.override.reason", "overrideReason",
                        "An override needs a written reason of at least " + MIN_REASON_LENGTH + " characters.");
            }
        }
    }

    private static String labels(List<Contraindication> items) {
        return items.stream().map(Contraindication::label).collect(Collectors.joining(", "));
    }
}
