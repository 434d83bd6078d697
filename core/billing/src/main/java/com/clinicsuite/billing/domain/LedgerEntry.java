package com.clinicsuite.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the patient ledger; append-only (the database refuses updates and deletes). Positive amounts raise
 * what the patient owes (charges, refunds paid out), negative ones lower it (payments, credits, adjustments, voids).
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Kind { CHARGE, PAYMENT, ADJUSTMENT, REFUND, CREDIT, VOID, CREDIT_NOTE, PACKAGE_DRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "description", nullable = false, updatable = false)
    private String description;
    @Column(name = "ref_id", updatable = false)
    private UUID refId;
    @Column(name = "by_user", nullable = false, updatable = false)
    private String byUser;

    protected LedgerEntry() {
        // for JPA
    }

    LedgerEntry(UUID patientId, Instant at, Kind kind, Money amount, String description, UUID refId, String byUser) {
        this.patientId = patientId;
        this.at = at;
        this.kind = kind;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.description = description.length() > 300 ? description.substring(0, 300) : description;
        this.refId = refId;
        this.byUser = byUser;
    }

    public Long id() { return id; }
    public UUID patientId() { return patientId; }
    public Instant at() { return at; }
    public Kind kind() { return kind; }
    public Money amount() { return Money.of(amount, currency); }
    public String description() { return description; }
    public UUID refId() { return refId; }
    public String byUser() { return byUser; }
}
