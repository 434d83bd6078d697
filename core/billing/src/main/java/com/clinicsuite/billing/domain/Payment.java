package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money (or credit) moving on a patient's account: a payment received, a refund paid out, a credit (e.g. unused
 * package sessions) or an adjustment (write-off). What is not allocated to invoice lines is the patient's credit.
 * The idempotency key is unique, so one submission is one row however often it arrives. No card data is stored;
 * a card payment keeps the terminal's reference only.
 */
@Entity
@Table(name = "payment")
public class Payment extends AuditedEntity {

    public enum Kind { PAYMENT, REFUND, CREDIT, ADJUSTMENT }

    public enum Method { CASH, CARD, CHECK, INSURANCE, NONE }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, updatable = false)
    private Method method;
    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "unallocated", nullable = false)
    private BigDecimal unallocated;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "reference", updatable = false)
    private String reference;
    @Column(name = "note", updatable = false)
    private String note;
    @Column(name = "claim_id", updatable = false)
    private UUID claimId;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    protected Payment() {
        // for JPA
    }

    static Payment of(UUID patientId, Kind kind, Method method, Money amount, String reference, String note, UUID claimId, String key,
                      LocalDate on) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.patientId = patientId;
        p.kind = kind;
        p.method = method;
        p.amount = amount.amount();
        p.unallocated = kind == Kind.REFUND ? BigDecimal.ZERO.setScale(2) : amount.amount();
        p.currency = amount.currency();
        p.reference = reference == null || reference.isBlank() ? null : reference.strip();
        p.note = note == null || note.isBlank() ? null : note.strip();
        p.claimId = claimId;
        p.idempotencyKey = key;
        p.receivedOn = on;
        return p;
    }

    /** Takes up to {@code wanted} from what is unallocated; returns what was taken. */
    Money take(Money wanted) {
        Money taken = unallocated().min(wanted);
        unallocated = unallocated().minus(taken).amount();
        return taken;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Kind kind() { return kind; }
    public Method method() { return method; }
    public Money amount() { return Money.of(amount, currency); }
    public Money unallocated() { return Money.of(unallocated, currency); }
    public String reference() { return reference; }
    public String note() { return note; }
    public UUID claimId() { return claimId; }
    public String idempotencyKey() { return idempotencyKey; }
    public LocalDate receivedOn() { return receivedOn; }
}
