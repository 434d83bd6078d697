package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any sequence of charges (issued invoices), payments, refunds, adjustments, credits, credit notes and voids, run
 * the way the service runs them (a fresh {@link Account} per operation over the stored state), the ledger's sum equals
 * the balance computed from invoices and payments, and no issued invoice ever changes.
 */
class AccountPropertiesTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    enum Kind { CHARGE, PAY, PAY_TARGETED, REFUND, ADJUST, CREDIT, CREDIT_NOTE, VOID }

    record Op(Kind kind, BigDecimal amount, int pick) {
    }

    @Provide
    Arbitrary<Op> ops() {
        return Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("900.00")).ofScale(2),
                Arbitraries.integers().between(0, 20)).as(Op::new);
    }

    /** The stored state: every invoice and payment ever created, and the ledger. */
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final Map<UUID, String> issuedSnapshots = new HashMap<>();
    private long nextNumber = 1;
    private int keys;

    @Property(tries = 300)
    void theLedgerAlwaysSumsToTheBalance_andIssuedInvoicesNeverChange(@ForAll @Size(max = 40) List<@From("ops") Op> ops) {
        invoices.clear();
        payments.clear();
        ledger.clear();
        issuedSnapshots.clear();
        nextNumber = 1;
        for (Op op : ops) {
            Money before = balanceFromState();
            Account account = new Account(PATIENT, Money.USD, invoices.stream().filter(i -> i.open().isPositive()).toList(),
                    payments.stream().filter(p -> p.kind() != Payment.Kind.REFUND && p.unallocated().isPositive()).toList(), DAY,
                    Instant.parse("2026-11-02T15:00:00Z"), "billing");
            try {
                apply(account, op);
            } catch (BusinessRuleException refused) {
                assertThat(balanceFromState()).as("a refused %s changes nothing", op).isEqualTo(before);
                continue;
            }
            store(account);
            assertThat(account.balance()).isEqualTo(balanceFromState());
            assertThat(ledgerSum()).as("after %s", op).isEqualTo(balanceFromState());
            for (Invoice i : invoices) {
                if (issuedSnapshots.containsKey(i.id())) {
                    assertThat(snapshot(i)).isEqualTo(issuedSnapshots.get(i.id()));
                }
            }
        }
    }

    private void apply(Account account, Op op) {
        Money amount = Money.of(op.amount(), Money.USD);
        List<Invoice> issued = invoices.stream().filter(i -> i.kind() == Invoice.Kind.INVOICE && i.number() != null).toList();
        Invoice picked = issued.isEmpty() ? null : issued.get(op.pick() % issued.size());
        switch (op.kind()) {
            case CHARGE -> {
                Invoice draft = Invoice.draft(PATIENT, Money.USD);
                draft.addLine(UUID.randomUUID(), DAY, "96365", "IV infusion, first hour", 1, amount);
                if (op.pick() % 2 == 0) {
                    draft.addLine(UUID.randomUUID(), DAY, "J3490", "Ketamine", 2, Money.of("24.00"));
                }
                invoices.add(draft);
                account.issue(draft, nextNumber++);
            }
            case PAY -> account.receive(Payment.Method.CARD, amount, "ref", key(), null);
            case PAY_TARGETED -> account.receive(Payment.Method.CASH, amount, null, key(), picked != null && picked.open().isPositive() ? picked : null);
            case REFUND -> account.refund(Payment.Method.CHECK, amount, "chk", key());
            case ADJUST -> {
                if (picked == null || !picked.open().isPositive()) {
                    throw new BusinessRuleException("test.none", "nothing to adjust");
                }
                account.adjust(picked, amount.min(picked.open()), "small balance write-off", key());
            }
            case CREDIT -> account.credit(amount, "unused package sessions", key());
            case CREDIT_NOTE -> {
                if (picked == null) {
                    throw new BusinessRuleException("test.none", "nothing to credit");
                }
                account.creditNote(picked, amount.min(picked.total()), "price corrected", nextNumber++);
            }
            case VOID -> {
                if (picked == null) {
                    throw new BusinessRuleException("test.none", "nothing to void");
                }
                account.voidInvoice(picked, "issued in error");
            }
        }
    }

    private void store(Account account) {
        for (Object o : account.created()) {
            if (o instanceof Payment p) {
                payments.add(p);
            } else if (o instanceof Invoice i) {
                invoices.add(i);
            } else if (o instanceof LedgerEntry e) {
                ledger.add(e);
            }
        }
        invoices.stream().filter(i -> i.number() != null).forEach(i -> issuedSnapshots.putIfAbsent(i.id(), snapshot(i)));
    }

    private static String snapshot(Invoice i) {
        return i.number() + "|" + i.total() + "|" + i.issuedOn() + "|" + i.lines().stream()
                .map(l -> l.lineNo() + ":" + l.code() + ":" + l.units() + ":" + l.amount()).toList();
    }

    private Money balanceFromState() {
        Money open = invoices.stream().map(Invoice::open).reduce(Money.zero(Money.USD), Money::plus);
        Money credit = payments.stream().filter(p -> p.kind() != Payment.Kind.REFUND).map(Payment::unallocated).reduce(Money.zero(Money.USD), Money::plus);
        return open.minus(credit);
    }

    private Money ledgerSum() {
        return ledger.stream().map(LedgerEntry::amount).reduce(Money.zero(Money.USD), Money::plus);
    }

    private String key() {
        return "k" + (keys++);
    }
}
