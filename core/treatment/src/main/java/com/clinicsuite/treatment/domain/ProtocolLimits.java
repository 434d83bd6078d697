package com.clinicsuite.treatment.domain;

import java.math.BigDecimal;

/**
 * The limits a protocol template carries (DOMAIN.md §2): maximum infusion rate, maximum bolus and maximum total
 * per session. Templates are clinic data; {@link #CLINIC_DEFAULTS} are the shipped upper limits.
 *
 * @param maxRateMgPerKgPerHour maximum infusion rate
 * @param maxBolusMgPerKg       maximum bolus
 * @param maxTotalMg            maximum total per session
 */
public record ProtocolLimits(BigDecimal maxRateMgPerKgPerHour, BigDecimal maxBolusMgPerKg, BigDecimal maxTotalMg) {

    /** Clinic defaults: 2 mg/kg/h and 0.35 mg/kg bolus; no total limit of their own. */
    public static final ProtocolLimits CLINIC_DEFAULTS = new ProtocolLimits(new BigDecimal("2"), new BigDecimal("0.35"), null);
}
