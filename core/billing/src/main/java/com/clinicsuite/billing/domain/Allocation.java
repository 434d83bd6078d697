package com.clinicsuite.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Part of a payment (or credit, or adjustment) settled on one invoice line. */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID id;
    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;
    @Column(name = "invoice_id", nullable = false, updatable = false)
    private UUID invoiceId;
    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;
    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected Allocation() {
        // for JPA
    }

    Allocation(UUID paymentId, UUID invoiceId, int lineNo, Money amount, Instant at) {
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.lineNo = lineNo;
        this.amount = amount.amount();
        this.at = at;
    }

    public UUID paymentId() { return paymentId; }
    public UUID invoiceId() { return invoiceId; }
    public int lineNo() { return lineNo; }
    public BigDecimal amount() { return amount; }
    public Instant at() { return at; }
}
