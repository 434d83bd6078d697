package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A package sold to a patient: each infusion draws one session instead of charging the fee; unused sessions are
 * refundable at the package's per-session price (the price ÷ sessions; the last session absorbs the rounding, so a
 * package refunded untouched returns exactly its price).
 */
@Entity
@Table(name = "patient_package")
public class PatientPackage extends AuditedEntity {

    public enum Status { ACTIVE, USED_UP, REFUNDED }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Column(name = "sessions", nullable = false, updatable = false)
    private int sessions;
    @Column(name = "used", nullable = false)
    private int used;
    @Column(name = "refunded", nullable = false)
    private int refunded;
    @Column(name = "price", nullable = false, updatable = false)
    private BigDecimal price;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "invoice_id")
    private UUID invoiceId;
    @Column(name = "sold_on", nullable = false, updatable = false)
    private LocalDate soldOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    protected PatientPackage() {
        // for JPA
    }

    public static PatientPackage sell(UUID patientId, PackageProduct product, LocalDate on) {
        if (!product.active()) {
            throw new BusinessRuleException("package.inactive", "packageId", product.name() + " is no longer sold.");
        }
        PatientPackage p = new PatientPackage();
        p.id = UUID.randomUUID();
        p.patientId = patientId;
        p.name = product.name();
        p.sessions = product.sessions();
        p.price = product.price().amount();
        p.currency = product.price().currency();
        p.soldOn = on;
        p.status = Status.ACTIVE;
        return p;
    }

    /** Draws one session; returns its number (1-based). */
    public int draw() {
        if (status != Status.ACTIVE || remaining() == 0) {
            throw new BusinessRuleException("package.empty", "No sessions left in " + name + ".");
        }
        used++;
        if (remaining() == 0) {
            status = Status.USED_UP;
        }
        return used;
    }

    /** Refunds every unused session and closes the package; returns the amount to credit. */
    public Money refundUnused() {
        if (status != Status.ACTIVE || remaining() == 0) {
            throw new BusinessRuleException("package.nothingToRefund", "This package has no unused sessions to refund.");
        }
        Money amount = refundValue();
        refunded = remaining();
        status = Status.REFUNDED;
        return amount;
    }

    /** What the unused sessions are worth: the price minus the used sessions at the per-session price. */
    public Money refundValue() {
        return price().minus(perSession().times(used));
    }

    public Money perSession() {
        return Money.of(price.divide(BigDecimal.valueOf(sessions), 2, RoundingMode.DOWN), currency);
    }

    public void invoicedAs(UUID invoice) {
        invoiceId = invoice;
    }

    public int remaining() {
        return sessions - used - refunded;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String name() { return name; }
    public int sessions() { return sessions; }
    public int used() { return used; }
    public int refunded() { return refunded; }
    public Money price() { return Money.of(price, currency); }
    public UUID invoiceId() { return invoiceId; }
    public LocalDate soldOn() { return soldOn; }
    public Status status() { return status; }
}
