package com.clinicsuite.treatment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pain response to treatment by the NRS (IMMPACT, Dworkin 2008; DOMAIN.md §3): a reduction of 10–20 % is
 * minimal, ≥ 30 % moderate, ≥ 50 % substantial. A responder has ≥ 30 % reduction from baseline after the
 * induction series, which opens the maintenance phase; otherwise the plan is flagged for review.
 */
public final class PainResponse {

    /** The IMMPACT category of a change. */
    public enum Category { NONE, MINIMAL, MODERATE, SUBSTANTIAL }

    public static final BigDecimal RESPONDER_THRESHOLD = new BigDecimal("30");

    private PainResponse() {
    }

    /** Percentage reduction from baseline, one decimal; negative when the pain got worse. */
    public static BigDecimal reductionPercent(int baselineNrs, int currentNrs) {
        if (baselineNrs < 0 || baselineNrs > 10 || currentNrs < 0 || currentNrs > 10) {
            throw new IllegalArgumentException("NRS scores are 0–10");
        }
        if (baselineNrs == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf((long) (baselineNrs - currentNrs) * 100).divide(BigDecimal.valueOf(baselineNrs), 1, RoundingMode.HALF_UP);
    }

    /**
     * The category of a reduction. Reductions between 20 % and 30 % are still counted as minimal: they exceed the
     * minimal band but do not reach the moderate threshold.
     */
    public static Category categorize(BigDecimal reductionPercent) {
        if (reductionPercent.compareTo(new BigDecimal("50")) >= 0) {
            return Category.SUBSTANTIAL;
        }
        if (reductionPercent.compareTo(RESPONDER_THRESHOLD) >= 0) {
            return Category.MODERATE;
        }
        if (reductionPercent.compareTo(BigDecimal.TEN) >= 0) {
            return Category.MINIMAL;
        }
        return Category.NONE;
    }

    /** ≥ 30 % reduction from baseline. */
    public static boolean isResponder(int baselineNrs, int currentNrs) {
        return reductionPercent(baselineNrs, currentNrs).compareTo(RESPONDER_THRESHOLD) >= 0;
    }
}
