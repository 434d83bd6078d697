package com.clinicsuite.billing.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one patient (open invoices, by issue date) or one payer (open claims, by submission date) owes in the four aging
 * buckets as of a day. The buckets are days 0–30, 31–60, 61–90 and over 90; a document dated after the day counts as 0–30.
 *
 * @param owner the patient's id or the payer's id; {@code null} for a grand total
 */
public record AgingBalance(UUID owner, BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90) {

    public AgingBalance {
        days0to30 = money(days0to30);
        days31to60 = money(days31to60);
        days61to90 = money(days61to90);
        over90 = money(over90);
    }

    public BigDecimal total() {
        return days0to30.add(days31to60).add(days61to90).add(over90);
    }

    /** The column a per-patient list is ordered by. */
    public enum Order { TOTAL, DAYS_0_TO_30, DAYS_31_TO_60, DAYS_61_TO_90, OVER_90 }

    private static BigDecimal money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
