package com.clinicsuite.billing.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GoodFaithEstimateTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void billedTotal_400OrMoreAboveTheEstimate_isFlagged() {
        Money estimate = Money.of("2400.00");
        assertThat(GoodFaithEstimate.disputeEligible(estimate, Money.of("2799.99"))).isFalse();
        assertThat(GoodFaithEstimate.disputeEligible(estimate, Money.of("2800.00"))).isTrue();
        assertThat(GoodFaithEstimate.disputeEligible(estimate, Money.of("3100.00"))).isTrue();
        assertThat(GoodFaithEstimate.disputeEligible(estimate, Money.of("2000.00"))).isFalse();
    }

    @Test
    void scheduledTenBusinessDaysAhead_isDueWithinThreeBusinessDays() {
        // Monday 2 Nov → Monday 16 Nov is 10 business days ahead; due 3 business days after scheduling: Thursday 5 Nov
        assertThat(GoodFaithEstimate.dueBy(MONDAY, MONDAY.plusDays(14))).contains(LocalDate.of(2026, 11, 5));
    }

    @Test
    void scheduledThreeToNineBusinessDaysAhead_isDueTheNextBusinessDay() {
        // Friday 6 Nov → Wednesday 11 Nov is 3 business days ahead; due Monday 9 Nov (1 business day)
        LocalDate friday = LocalDate.of(2026, 11, 6);
        assertThat(GoodFaithEstimate.dueBy(friday, LocalDate.of(2026, 11, 11))).contains(LocalDate.of(2026, 11, 9));
        assertThat(GoodFaithEstimate.dueBy(MONDAY, MONDAY.plusDays(11))).contains(LocalDate.of(2026, 11, 3));
    }

    @Test
    void scheduledLessThanThreeBusinessDaysAhead_hasNoDeadlineFromTheRule() {
        assertThat(GoodFaithEstimate.dueBy(MONDAY, MONDAY.plusDays(2))).isEqualTo(Optional.empty());
    }

    @Test
    void anEstimate_coversTwelveMonths_andSumsItsLines() {
        GoodFaithEstimate e = GoodFaithEstimate.issue(UUID.randomUUID(), null, MONDAY, MONDAY, MONDAY.plusDays(14), List.of(
                new GoodFaithEstimate.Item("IV infusion, first hour", "96365", 6, Money.of("250.00")),
                new GoodFaithEstimate.Item("Ketamine, per mL", "J3490", 12, Money.of("12.00"))));
        assertThat(e.total()).isEqualTo(Money.of("1644.00"));
        assertThat(e.periodTo()).isEqualTo(LocalDate.of(2027, 11, 15));
        assertThat(e.dueBy()).isEqualTo(LocalDate.of(2026, 11, 5));
    }
}
