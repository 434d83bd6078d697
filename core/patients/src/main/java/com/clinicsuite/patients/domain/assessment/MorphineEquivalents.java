package com.clinicsuite.patients.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Daily morphine milligram equivalents (CDC 2022): the sum over opioids of strength per unit × units per
 * day × conversion factor, flagged at 50 and 90 MME/day.
 */
public final class MorphineEquivalents {

    public static final BigDecimal CAUTION_THRESHOLD = new BigDecimal("50");
    public static final BigDecimal HIGH_THRESHOLD = new BigDecimal("90");

    /** The CDC's own caveat, shown beside every MME figure. */
    public static final String NOT_FOR_CONVERSION = "MME conversion factors are for estimating total opioid exposure "
            + "only; they are not for converting one opioid into another (CDC 2022).";

    private MorphineEquivalents() {
    }

    /**
     * One opioid as taken.
     *
     * @param strengthPerUnit mg per tablet or dose; for fentanyl patches, mcg/h of the patch
     * @param unitsPerDay     tablets or doses per day; for fentanyl patches, the number worn at once
     */
    public record OpioidDose(Opioid opioid, BigDecimal strengthPerUnit, BigDecimal unitsPerDay) {

        public OpioidDose {
            Objects.requireNonNull(opioid, "opioid");
            if (strengthPerUnit == null || strengthPerUnit.signum() <= 0) {
                throw new IllegalArgumentException("strength must be positive");
            }
            if (unitsPerDay == null || unitsPerDay.signum() <= 0) {
                throw new IllegalArgumentException("units per day must be positive");
            }
        }

        public BigDecimal dailyMme() {
            return strengthPerUnit.multiply(unitsPerDay).multiply(opioid.factor());
        }
    }

    /** The level a daily total falls in. */
    public enum Level { BELOW_50, AT_LEAST_50, AT_LEAST_90 }

    /** Total daily MME, to one decimal. */
    public static BigDecimal dailyTotal(List<OpioidDose> doses) {
        return doses.stream().map(OpioidDose::dailyMme).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(1, RoundingMode.HALF_UP);
    }

    public static Level level(BigDecimal dailyMme) {
        if (dailyMme.compareTo(HIGH_THRESHOLD) >= 0) {
            return Level.AT_LEAST_90;
        }
        return dailyMme.compareTo(CAUTION_THRESHOLD) >= 0 ? Level.AT_LEAST_50 : Level.BELOW_50;
    }
}
