package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static Account account(List<Invoice> open, List<Payment> credits) {
        return new Account(PATIENT, Money.USD, open, credits, DAY, Instant.parse("2026-11-02T15:00:00Z"), "frontdesk");
    }

    private static Invoice issued(long number, String... amounts) {
        Invoice i = Invoice.draft(PATIENT, Money.USD);
        for (String a : amounts) {
            i.addLine(null, DAY, "96365", "line", 1, Money.of(a));
        }
        account(List.of(), List.of()).issue(i, number);
        return i;
    }

    @Test
    void aPayment_settlesLinesInOrder_andTheRestBecomesCredit() {
        Invoice inv = issued(7, "250.00", "24.00");
        Account a = account(List.of(inv), List.of());
        Payment p = a.receive(Payment.Method.CASH, Money.of("300.00"), null, "k1", null);
        assertThat(a.created()).filteredOn(Allocation.class::isInstance).map(o -> (Allocation) o)
                .extracting(Allocation::lineNo, x -> x.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "250.00"), org.assertj.core.groups.Tuple.tuple(2, "24.00"));
        assertThat(inv.status()).isEqualTo(Invoice.Status.PAID);
        assertThat(p.unallocated()).isEqualTo(Money.of("26.00"));
        assertThat(a.balance()).isEqualTo(Money.of("-26.00"));
    }

    @Test
    void aPartPayment_leavesTheInvoicePartlyPaid_andContinuesOnTheSameLineNextTime() {
        Invoice inv = issued(8, "250.00", "24.00");
        account(List.of(inv), List.of()).receive(Payment.Method.CARD, Money.of("100.00"), "t-1", "k1", null);
        assertThat(inv.status()).isEqualTo(Invoice.Status.PARTLY_PAID);
        Account second = account(List.of(inv), List.of());
        second.receive(Payment.Method.CARD, Money.of("160.00"), "t-2", "k2", null);
        assertThat(second.created()).filteredOn(Allocation.class::isInstance).map(o -> (Allocation) o)
                .extracting(Allocation::lineNo, x -> x.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "150.00"), org.assertj.core.groups.Tuple.tuple(2, "10.00"));
        assertThat(inv.open()).isEqualTo(Money.of("14.00"));
    }

    @Test
    void anIssuedInvoice_takesNoMoreLines_andAPaidOneIsNotVoided() {
        Invoice inv = issued(9, "100.00");
        assertThatThrownBy(() -> inv.addLine(null, DAY, "97110", "x", 1, Money.of("1.00"))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("credit note");
        account(List.of(inv), List.of()).receive(Payment.Method.CASH, Money.of("10.00"), null, "k", null);
        assertThatThrownBy(() -> account(List.of(inv), List.of()).voidInvoice(inv, "wrong patient"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("credit note");
    }

    @Test
    void creditOnAccount_isAppliedToTheNextInvoice() {
        Account a = account(List.of(), List.of());
        Payment deposit = a.receive(Payment.Method.CARD, Money.of("500.00"), "dep", "k", null);
        Invoice inv = Invoice.draft(PATIENT, Money.USD);
        inv.addLine(null, DAY, "96365", "IV infusion", 1, Money.of("250.00"));
        account(List.of(), List.of(deposit)).issue(inv, 10);
        assertThat(inv.status()).isEqualTo(Invoice.Status.PAID);
        assertThat(deposit.unallocated()).isEqualTo(Money.of("250.00"));
    }
}
