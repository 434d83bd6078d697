package com.clinicsuite.patients.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsurancePolicyTest {

    private static final UUID PATIENT = UUID.randomUUID();

    private static InsurancePolicy policy(LocalDate from, LocalDate to) {
        return InsurancePolicy.add(PATIENT, InsurancePolicy.Priority.PRIMARY, "Aetna", "60054", "W123-456", "G1",
                "Ann Lee", InsurancePolicy.Relationship.SELF, from, to);
    }

    @Test
    void overlap_shouldCoverSharedDaysIncludingOpenEnds() {
        InsurancePolicy open = policy(LocalDate.of(2025, 1, 1), null);
        InsurancePolicy before = policy(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        InsurancePolicy touching = policy(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1));
        assertThat(open.overlaps(before)).isFalse();
        assertThat(open.overlaps(touching)).isTrue();
        assertThat(open.inEffectOn(LocalDate.of(2026, 11, 21))).isTrue();
        assertThat(before.inEffectOn(LocalDate.of(2026, 11, 21))).isFalse();
    }

    @Test
    void aPolicy_needsPayerMemberAndValidDates() {
        assertThatThrownBy(() -> policy(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))).hasMessage("Coverage cannot end before it starts.");
        assertThatThrownBy(() -> InsurancePolicy.add(PATIENT, InsurancePolicy.Priority.PRIMARY, " ", null, "W1", null, "Ann",
                InsurancePolicy.Relationship.SELF, LocalDate.now(), null)).hasMessage("Payer is required.");
        assertThatThrownBy(() -> InsurancePolicy.add(PATIENT, InsurancePolicy.Priority.PRIMARY, "Aetna", null, "W 1!", null, "Ann",
                InsurancePolicy.Relationship.SELF, LocalDate.now(), null)).hasMessageContaining("letters, digits and hyphens");
    }

    @Test
    void ending_setsTheLastDay_onlyOnceAndNotBeforeTheStart() {
        InsurancePolicy p = policy(LocalDate.of(2025, 1, 1), null);
        assertThatThrownBy(() -> p.end(LocalDate.of(2024, 12, 31))).hasMessageContaining("cannot end before it starts");
        p.end(LocalDate.of(2026, 6, 30));
        assertThat(p.effectiveTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> p.end(LocalDate.of(2026, 7, 30))).hasMessageContaining("already ends");
    }
}
