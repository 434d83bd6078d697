package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A patient's account while one operation runs on it: the open invoices (oldest first) and the payments with
 * unallocated credit. Every operation keeps one invariant, which the property tests check for any sequence: the
 * ledger's sum equals {@link #balance()} = what is open on invoices − the unallocated credit. New rows (payments,
 * allocations, ledger entries, credit notes) are collected in {@link #created()} for the repository to store.
 */
public final class Account {

    /** How many days after issue an invoice is due. */
    public static final int DUE_IN_DAYS = 30;

    private final UUID patientId;
    private final String currency;
    private final List<Invoice> open;
    private final List<Payment> credits;
    private final LocalDate today;
    private final Instant now;
    private final String by;
    private final List<Object> created = new ArrayList<>();

    public Account(UUID patientId, String currency, List<Invoice> open, List<Payment> credits, LocalDate today, Instant now, String by) {
        this.patientId = patientId;
        this.currency = currency;
        this.open = new ArrayList<>(open);
        this.open.sort(Comparator.comparing(Invoice::issuedOn).thenComparing(Invoice::number));
        this.credits = new ArrayList<>(credits);
        this.today = today;
        this.now = now;
        this.by = by;
    }

    /** Issues a draft with the next gap-free number, posts its lines as charges and applies any credit on account. */
    public void issue(Invoice draft, long number) {
        requireMine(draft);
        draft.issue(number, today, DUE_IN_DAYS);
        for (InvoiceLine l : draft.lines()) {
            ledger(LedgerEntry.Kind.CHARGE, Money.of(l.amount(), currency), "Invoice " + number + ": " + l.description(), draft.id());
        }
        open.add(draft);
        for (Payment credit : credits) {
            if (draft.open().isZero()) {
                break;
            }
            allocate(credit, draft, credit.take(draft.open()));
        }
        credits.removeIf(p -> p.unallocated().isZero());
    }

    /**
     * Receives money. It settles {@code target} first when given, then the oldest open invoices; what is left stays
     * on account as credit.
     */
    public Payment receive(Payment.Method method, Money amount, String reference, String key, Invoice target) {
        requirePositive(amount);
        if (method == Payment.Method.NONE) {
            throw new BusinessRuleException("payment.method", "method", "Choose cash, card, check or insurance.");
        }
        Payment p = Payment.of(patientId, Payment.Kind.PAYMENT, method, amount, reference, null, null, key, today);
        created.add(p);
        ledger(LedgerEntry.Kind.PAYMENT, amount.negate(), method.name().toLowerCase() + " payment" + (p.reference() == null ? "" : " " + p.reference()),
                p.id());
        spread(p, target);
        return p;
    }

    /** Insurance pays on a claim: recorded with the claim, and settles the patient's invoices only if any are open. */
    public Payment insurancePaid(Money amount, UUID claimId, String reference, String key) {
        requirePositive(amount);
        Payment p = Payment.of(patientId, Payment.Kind.PAYMENT, Payment.Method.INSURANCE, amount, reference, null, claimId, key, today);
        p.take(amount);
        created.add(p);
        return p;
    }

    /** A credit to the patient (unused package sessions, goodwill), left on account. */
    public Payment credit(Money amount, String why, String key) {
        requirePositive(amount);
        Payment p = Payment.of(patientId, Payment.Kind.CREDIT, Payment.Method.NONE, amount, null, why, null, key, today);
        created.add(p);
        ledger(LedgerEntry.Kind.CREDIT, amount.negate(), why, p.id());
        spread(p, null);
        return p;
    }

    /** Writes off part of an open invoice (e.g. a small balance or a hardship discount), with a reason. */
    public Payment adjust(Invoice invoice, Money amount, String reason, String key) {
        requirePositive(amount);
        requireOpen(invoice);
        if (amount.compareTo(invoice.open()) > 0) {
            throw new BusinessRuleException("adjustment.tooMuch", "amount", "Invoice " + invoice.number() + " has only " + invoice.open() + " open.");
        }
        requireReason(reason);
        Payment p = Payment.of(patientId, Payment.Kind.ADJUSTMENT, Payment.Method.NONE, amount, null, reason, null, key, today);
        created.add(p);
        ledger(LedgerEntry.Kind.ADJUSTMENT, amount.negate(), "Adjustment on invoice " + invoice.number() + ": " + reason.strip(), p.id());
        spread(p, invoice);
        return p;
    }

    /** Pays credit back to the patient; never more than the credit on account. */
    public Payment refund(Payment.Method method, Money amount, String reference, String key) {
        requirePositive(amount);
        if (amount.compareTo(credit()) > 0) {
            throw new BusinessRuleException("refund.tooMuch", "amount", "Only " + credit() + " is on account to refund.");
        }
        if (method == Payment.Method.NONE || method == Payment.Method.INSURANCE) {
            throw new BusinessRuleException("refund.method", "method", "Refund by cash, card or check.");
        }
        Money left = amount;
        for (Payment c : credits) {
            left = left.minus(c.take(left));
        }
        credits.removeIf(p -> p.unallocated().isZero());
        Payment r = Payment.of(patientId, Payment.Kind.REFUND, method, amount, reference, null, null, key, today);
        created.add(r);
        ledger(LedgerEntry.Kind.REFUND, amount, "Refund by " + method.name().toLowerCase(), r.id());
        return r;
    }

    /** Voids an unpaid invoice with a reason; its charges are reversed in the ledger. */
    public void voidInvoice(Invoice invoice, String reason) {
        requireMine(invoice);
        Money was = invoice.open();
        invoice.voidWith(reason);
        open.remove(invoice);
        ledger(LedgerEntry.Kind.VOID, was.negate(), "Invoice " + invoice.number() + " voided: " + reason.strip(), invoice.id());
    }

    /**
     * Issues a credit note against an issued invoice. It settles what is open on that invoice; any rest (when the
     * invoice was already paid) becomes credit on account.
     */
    public Invoice creditNote(Invoice original, Money amount, String reason, long number) {
        requireMine(original);
        requirePositive(amount);
        requireReason(reason);
        if (original.kind() != Invoice.Kind.INVOICE || original.status() == Invoice.Status.DRAFT || original.status() == Invoice.Status.VOID) {
            throw new BusinessRuleException("creditNote.original", "A credit note corrects an issued invoice.");
        }
        if (amount.compareTo(original.total()) > 0) {
            throw new BusinessRuleException("creditNote.tooMuch", "amount", "A credit note is at most the invoice total, " + original.total() + ".");
        }
        Invoice note = Invoice.creditNote(original, amount, reason.strip(), number, today);
        created.add(note);
        ledger(LedgerEntry.Kind.CREDIT_NOTE, amount.negate(), "Credit note " + number + " for invoice " + original.number() + ": " + reason.strip(),
                note.id());
        Money onInvoice = original.open().min(amount);
        if (onInvoice.isPositive()) {
            Payment settling = Payment.of(patientId, Payment.Kind.CREDIT, Payment.Method.NONE, onInvoice, "credit note " + number, reason, null,
                    "credit-note:" + note.id(), today);
            created.add(settling);
            allocate(settling, original, settling.take(onInvoice));
        }
        Money rest = amount.minus(onInvoice);
        if (rest.isPositive()) {
            Payment onAccount = Payment.of(patientId, Payment.Kind.CREDIT, Payment.Method.NONE, rest, "credit note " + number, reason, null,
                    "credit-note-rest:" + note.id(), today);
            created.add(onAccount);
            credits.add(onAccount);
        }
        if (original.open().isZero()) {
            open.remove(original);
        }
        return note;
    }

    /** Notes a package session used by a visit; it changes no balance but belongs on the ledger. */
    public void packageDrawn(PatientPackage p, int session, UUID visitId) {
        ledger(LedgerEntry.Kind.PACKAGE_DRAW, Money.zero(currency), p.name() + ": session " + session + " of " + p.sessions() + " used", visitId);
    }

    private void spread(Payment p, Invoice target) {
        if (target != null) {
            requireMine(target);
            requireOpen(target);
            allocate(p, target, p.take(target.open()));
        }
        for (Invoice i : List.copyOf(open)) {
            if (p.unallocated().isZero()) {
                break;
            }
            if (!i.open().isZero()) {
                allocate(p, i, p.take(i.open()));
            }
        }
        open.removeIf(i -> i.open().isZero());
        if (p.unallocated().isPositive()) {
            credits.add(p);
        }
    }

    private void allocate(Payment p, Invoice invoice, Money amount) {
        if (!amount.isPositive()) {
            return;
        }
        for (Invoice.LineShare s : invoice.settle(amount)) {
            created.add(new Allocation(p.id(), invoice.id(), s.lineNo(), s.amount(), now));
        }
    }

    private void ledger(LedgerEntry.Kind kind, Money amount, String description, UUID ref) {
        created.add(new LedgerEntry(patientId, now, kind, amount, description, ref, by));
    }

    private void requireMine(Invoice i) {
        if (!i.patientId().equals(patientId)) {
            throw new BusinessRuleException("invoice.patient", "That invoice belongs to another patient.");
        }
    }

    private static void requireOpen(Invoice i) {
        if (i.open().isZero()) {
            throw new BusinessRuleException("invoice.notOpen", "invoiceId", "Invoice " + i.number() + " has nothing open.");
        }
    }

    private static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleException("amount.positive", "amount", "Give an amount greater than zero.");
        }
        if (amount.amount().compareTo(new java.math.BigDecimal("1000000")) >= 0) {
            throw new BusinessRuleException("amount.large", "amount", "Amounts are below $1,000,000.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("reason.required", "reason", "Give a reason (at least 5 characters).");
        }
    }

    /** What is open on invoices. */
    public Money openOnInvoices() {
        return open.stream().map(Invoice::open).reduce(Money.zero(currency), Money::plus);
    }

    /** Unallocated payments and credits. */
    public Money credit() {
        return credits.stream().map(Payment::unallocated).reduce(Money.zero(currency), Money::plus);
    }

    /** What the patient owes (negative: a credit). */
    public Money balance() {
        return openOnInvoices().minus(credit());
    }

    public List<Object> created() {
        return List.copyOf(created);
    }

    public List<LedgerEntry> createdLedger() {
        return created.stream().filter(LedgerEntry.class::isInstance).map(LedgerEntry.class::cast).toList();
    }
}
