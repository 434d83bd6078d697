package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientPackageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static PatientPackage sixFor(String price) {
        return PatientPackage.sell(UUID.randomUUID(), PackageProduct.of("Induction series: 6 infusions", 6, Money.of(price)), DAY);
    }

    @Test
    void eachVisitDrawsOneSession_untilNoneAreLeft() {
        PatientPackage p = sixFor("2400.00");
        for (int i = 1; i <= 6; i++) {
            assertThat(p.draw()).isEqualTo(i);
        }
        assertThat(p.remaining()).isZero();
        assertThat(p.status()).isEqualTo(PatientPackage.Status.USED_UP);
        assertThatThrownBy(p::draw).isInstanceOf(BusinessRuleException.class).hasMessageContaining("No sessions left");
    }

    @Test
    void unusedSessions_areRefundedAtThePerSessionPrice() {
        PatientPackage p = sixFor("2400.00");
        p.draw();
        p.draw();
        assertThat(p.perSession()).isEqualTo(Money.of("400.00"));
        assertThat(p.refundUnused()).isEqualTo(Money.of("1600.00"));
        assertThat(p.status()).isEqualTo(PatientPackage.Status.REFUNDED);
        assertThat(p.remaining()).isZero();
        assertThatThrownBy(p::draw).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(p::refundUnused).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anUntouchedPackage_refundsExactlyItsPrice_evenWhenThePriceDoesNotDivideEvenly() {
        PatientPackage p = sixFor("1000.00");
        assertThat(p.perSession()).isEqualTo(Money.of("166.66"));
        assertThat(p.refundUnused()).isEqualTo(Money.of("1000.00"));
        PatientPackage q = sixFor("1000.00");
        q.draw();
        assertThat(q.refundUnused()).isEqualTo(Money.of("833.34"));
    }
}
