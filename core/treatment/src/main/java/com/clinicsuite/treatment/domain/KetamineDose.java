package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The weight-based dose of one infusion (DOMAIN.md §2): rate (mg/h) = dose (mg/kg/h) × weight (kg); total (mg) =
 * rate × hours (+ bolus); pump rate (mL/h) = rate ÷ bag concentration (mg/mL). The weight must be measured at the
 * visit or within {@link #MAX_WEIGHT_AGE_DAYS} days (clinic default).
 */
public final class KetamineDose {

    public static final int MAX_WEIGHT_AGE_DAYS = 30;

    private KetamineDose() {
    }

    /** The computed dose and every limit it exceeds. */
    public record Calculation(BigDecimal rateMgPerHour, BigDecimal totalMg, BigDecimal bolusMg, BigDecimal pumpRateMlPerHour,
                              List<String> exceededLimits) {

        /** True when a physician's written justification is needed before it may be given. */
        public boolean needsJustification() {
            return !exceededLimits.isEmpty();
        }
    }

    /**
     * Computes an infusion dose.
     *
     * @param doseMgPerKgPerHour the protocol's infusion rate per kg
     * @param minutes            infusion duration
     * @param bolusMgPerKg       bolus per kg, or null
     * @param weightKg           the patient's weight
     * @param weighedOn          when the weight was measured
     * @param visitDay           the day of the infusion
     * @param concentrationMgPerMl the prepared bag's concentration, or null when not yet known
     */
    public static Calculation calculate(BigDecimal doseMgPerKgPerHour, int minutes, BigDecimal bolusMgPerKg, BigDecimal weightKg,
                                        LocalDate weighedOn, LocalDate visitDay, BigDecimal concentrationMgPerMl,
                                        ProtocolLimits limits) {
        if (weightKg == null || weightKg.signum() <= 0) {
            throw new BusinessRuleException("dose.weight.required", "weightKg", "A current weight is needed to compute the dose.");
        }
        if (weighedOn == null || weighedOn.isAfter(visitDay) || ChronoUnit.DAYS.between(weighedOn, visitDay) > MAX_WEIGHT_AGE_DAYS) {
            throw new BusinessRuleException("dose.weight.stale", "weightKg", "The weight must be measured today or within the last "
                    + MAX_WEIGHT_AGE_DAYS + " days; weigh the patient.");
        }
        if (doseMgPerKgPerHour == null || doseMgPerKgPerHour.signum() <= 0 || minutes <= 0) {
            throw new BusinessRuleException("dose.protocol", "The protocol needs a positive rate and duration.");
        }
        if (concentrationMgPerMl != null && concentrationMgPerMl.signum() <= 0) {
            throw new BusinessRuleException("dose.concentration", "concentration", "The bag concentration must be above 0 mg/mL.");
        }
        BigDecimal rate = doseMgPerKgPerHour.multiply(weightKg);
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP);
        BigDecimal bolus = bolusMgPerKg == null ? BigDecimal.ZERO : bolusMgPerKg.multiply(weightKg);
        BigDecimal total = rate.multiply(hours).add(bolus);
        BigDecimal pump = concentrationMgPerMl == null ? null : rate.divide(concentrationMgPerMl, 1, RoundingMode.HALF_UP);

        BigDecimal roundedTotal = total.setScale(1, RoundingMode.HALF_UP);
        List<String> exceeded = exceededLimits(doseMgPerKgPerHour, bolusMgPerKg, roundedTotal, limits);
        return new Calculation(rate.setScale(1, RoundingMode.HALF_UP), roundedTotal, bolus.setScale(1, RoundingMode.HALF_UP), pump,
                List.copyOf(exceeded));
    }

    /**
     * The limits of a protocol template that a prescribed dose exceeds; {@code totalMg} may be null when the weight is
     * not known yet (then the session total is checked at the visit).
     */
    public static List<String> exceededLimits(BigDecimal doseMgPerKgPerHour, BigDecimal bolusMgPerKg, BigDecimal totalMg,
                                              ProtocolLimits limits) {
        List<String> exceeded = new ArrayList<>();
        if (doseMgPerKgPerHour != null && limits.maxRateMgPerKgPerHour() != null && doseMgPerKgPerHour.compareTo(limits.maxRateMgPerKgPerHour()) > 0) {
            exceeded.add("rate " + doseMgPerKgPerHour.stripTrailingZeros().toPlainString() + " mg/kg/h is above the limit of "
                    + limits.maxRateMgPerKgPerHour().stripTrailingZeros().toPlainString() + " mg/kg/h");
        }
        if (bolusMgPerKg != null && limits.maxBolusMgPerKg() != null && bolusMgPerKg.compareTo(limits.maxBolusMgPerKg()) > 0) {
            exceeded.add("bolus " + bolusMgPerKg.stripTrailingZeros().toPlainString() + " mg/kg is above the limit of "
                    + limits.maxBolusMgPerKg().stripTrailingZeros().toPlainString() + " mg/kg");
        }
        if (totalMg != null && limits.maxTotalMg() != null && totalMg.compareTo(limits.maxTotalMg()) > 0) {
            exceeded.add("total " + totalMg.toPlainString() + " mg is above the session limit of "
                    + limits.maxTotalMg().stripTrailingZeros().toPlainString() + " mg");
        }
        return exceeded;
    }

    /**
     * Refuses a dose above the limits unless a physician has written a justification (DOMAIN.md §2).
     *
     * @throws BusinessRuleException naming the limits exceeded
     */
    public static void requireJustified(Calculation dose, String justification) {
        if (dose.needsJustification() && (justification == null || justification.strip().length() < 10)) {
            throw new BusinessRuleException("dose.justification", "justification", "The dose exceeds the protocol: "
                    + String.join("; ", dose.exceededLimits()) + ". A physician must write a justification (at least 10 characters).");
        }
    }
}
