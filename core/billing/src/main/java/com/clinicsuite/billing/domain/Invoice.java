package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A patient invoice (or credit note). Drafts collect lines; issuing gives the next number in a gap-free sequence and
 * freezes the content (the database refuses any later change). From then on only the settled amount moves: payments,
 * adjustments and credit notes, allocated line by line in order. Void needs a reason and an unpaid invoice; otherwise
 * correct with a credit note.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends AuditedEntity {

    public enum Kind { INVOICE, CREDIT_NOTE }

    public enum Status { DRAFT, ISSUED, PARTLY_PAID, PAID, VOID }

    /** A share of an amount settled on one line. */
    public record LineShare(int lineNo, Money amount) {
    }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "number")
    private Long number;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "credit_of", updatable = false)
    private UUID creditOf;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "total", nullable = false)
    private BigDecimal total;
    @Column(name = "paid", nullable = false)
    private BigDecimal paid;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "void_reason")
    private String voidReason;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
        // for JPA
    }

    public static Invoice draft(UUID patientId, String currency) {
        Invoice i = new Invoice();
        i.id = UUID.randomUUID();
        i.patientId = patientId;
        i.kind = Kind.INVOICE;
        i.status = Status.DRAFT;
        i.currency = currency;
        i.total = BigDecimal.ZERO.setScale(2);
        i.paid = BigDecimal.ZERO.setScale(2);
        return i;
    }

    /** A credit note against {@code original}, for {@code amount}, issued at once with its own number. */
    static Invoice creditNote(Invoice original, Money amount, String reason, long number, LocalDate today) {
        Invoice c = draft(original.patientId, original.currency);
        c.kind = Kind.CREDIT_NOTE;
        c.creditOf = original.id;
        c.lines.add(new InvoiceLine(1, null, today, null, "Credit for invoice " + original.number + ": " + reason, 1, amount.negate().amount()));
        c.total = amount.negate().amount();
        c.number = number;
        c.issuedOn = today;
        c.status = Status.PAID;
        return c;
    }

    public void addLine(UUID chargeId, LocalDate serviceDate, String code, String description, int units, Money amount) {
        requireDraft();
        if (amount.isNegative()) {
            throw new BusinessRuleException("invoice.line.negative", "Invoice lines are not negative; use a credit note.");
        }
        lines.add(new InvoiceLine(lines.size() + 1, chargeId, serviceDate, code, description, units, amount.amount()));
        total = total().plus(amount).amount();
    }

    void issue(long nextNumber, LocalDate today, int dueInDays) {
        requireDraft();
        if (lines.isEmpty() || !total().isPositive()) {
            throw new BusinessRuleException("invoice.empty", "An invoice needs at least one line with an amount before it is issued.");
        }
        number = nextNumber;
        issuedOn = today;
        dueOn = today.plusDays(dueInDays);
        status = Status.ISSUED;
    }

    /** Settles up to {@code amount} of what is open, line by line in order; returns the shares actually settled. */
    List<LineShare> settle(Money amount) {
        if (status != Status.ISSUED && status != Status.PARTLY_PAID) {
            throw new BusinessRuleException("invoice.notOpen", "Invoice " + number + " is not open.");
        }
        Money take = amount.min(open());
        List<LineShare> shares = new ArrayList<>();
        Money before = settled();
        Money left = take;
        Money lineStart = Money.zero(currency);
        for (InvoiceLine line : lines) {
            Money lineAmount = Money.of(line.amount(), currency);
            Money lineEnd = lineStart.plus(lineAmount);
            Money alreadyOnLine = before.compareTo(lineEnd) >= 0 ? lineAmount : before.compareTo(lineStart) <= 0 ? Money.zero(currency) : before.minus(lineStart);
            Money share = lineAmount.minus(alreadyOnLine).min(left);
            if (share.isPositive()) {
                shares.add(new LineShare(line.lineNo(), share));
                left = left.minus(share);
            }
            lineStart = lineEnd;
        }
        paid = settled().plus(take).amount();
        status = open().isZero() ? Status.PAID : Status.PARTLY_PAID;
        return shares;
    }

    void voidWith(String reason) {
        if (status == Status.DRAFT) {
            throw new BusinessRuleException("invoice.draft", "A draft is discarded, not voided.");
        }
        if (status == Status.VOID || kind == Kind.CREDIT_NOTE) {
            throw new BusinessRuleException("invoice.void.again", "Invoice " + number + " cannot be voided.");
        }
        if (settled().isPositive()) {
            throw new BusinessRuleException("invoice.void.paid", "Invoice " + number + " has payments; correct it with a credit note instead.");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("invoice.void.reason", "reason", "Say why the invoice is voided (at least 5 characters).");
        }
        voidReason = reason.strip();
        status = Status.VOID;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new BusinessRuleException("invoice.issued", "Invoice " + number + " is issued and cannot change; use a credit note.");
        }
    }

    /** What is still owed on this invoice (zero for drafts, voids and credit notes). */
    public Money open() {
        return status == Status.ISSUED || status == Status.PARTLY_PAID ? total().minus(settled()) : Money.zero(currency);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Long number() { return number; }
    public Kind kind() { return kind; }
    public UUID creditOf() { return creditOf; }
    public Status status() { return status; }
    public Money total() { return Money.of(total, currency); }
    public Money settled() { return Money.of(paid, currency); }
    public String currency() { return currency; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate dueOn() { return dueOn; }
    public String voidReason() { return voidReason; }
    public List<InvoiceLine> lines() { return List.copyOf(lines); }
}
