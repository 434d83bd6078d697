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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One billable line of a signed visit: code, modifiers, units, price, the drug's NDC and quantity, diagnoses and the
 * rendering provider. It waits in the review queue until billing approves it; then it goes on an invoice (self-pay),
 * a claim (insurance) or is covered by a package session.
 */
@Entity
@Table(name = "charge")
public class Charge extends AuditedEntity {

    public enum Route { SELF_PAY, INSURANCE, PACKAGE }

    public enum Status { REVIEW, APPROVED, INVOICED, CLAIMED, VOID }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "visit_id", updatable = false)
    private UUID visitId;
    @Column(name = "service_date", nullable = false, updatable = false)
    private LocalDate serviceDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_line", nullable = false)
    private ServiceLine serviceLine;
    @Column(name = "code", nullable = false)
    private String code;
    @Column(name = "modifiers")
    private String modifiers;
    @Column(name = "units", nullable = false)
    private int units;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "ndc")
    private String ndc;
    @Column(name = "drug_quantity")
    private BigDecimal drugQuantity;
    @Column(name = "drug_unit")
    private String drugUnit;
    @Column(name = "diagnoses", nullable = false)
    private String diagnoses;
    @Column(name = "provider", nullable = false)
    private String provider;
    @Column(name = "provider_name", nullable = false)
    private String providerName;
    @Column(name = "provider_npi")
    private String providerNpi;
    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false)
    private Route route;
    @Column(name = "package_id")
    private UUID packageId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "review_note")
    private String reviewNote;

    protected Charge() {
        // for JPA
    }

    /** A captured charge. The amount is units × unit price, or, for a drug, the quantity in mL × the price per mL. */
    public static Charge captured(UUID patientId, UUID visitId, LocalDate serviceDate, ServiceLine line, String code, List<String> modifiers,
                                  int units, Money unitPrice, String ndc, BigDecimal drugQuantity, List<String> diagnoses, String provider,
                                  String providerName, String providerNpi, Route route, String reviewNote) {
        Charge c = new Charge();
        c.id = UUID.randomUUID();
        c.patientId = patientId;
        c.visitId = visitId;
        c.serviceDate = serviceDate;
        c.serviceLine = line;
        c.code = code;
        c.modifiers = join(modifiers);
        c.units = units;
        c.currency = unitPrice.currency();
        c.unitPrice = unitPrice.amount();
        c.ndc = ndc;
        c.drugQuantity = drugQuantity;
        c.drugUnit = drugQuantity == null ? null : "ML";
        c.amount = c.computeAmount();
        c.diagnoses = String.join(",", diagnoses);
        c.provider = provider;
        c.providerName = providerName;
        c.providerNpi = providerNpi;
        c.route = route;
        c.status = Status.REVIEW;
        c.reviewNote = reviewNote;
        return c;
    }

    private BigDecimal computeAmount() {
        BigDecimal quantity = drugQuantity != null ? drugQuantity : BigDecimal.valueOf(units);
        return Money.of(unitPrice.multiply(quantity), currency).amount();
    }

    /** Billing corrects code, units, modifiers or price before approval; the reason goes into the audit trail. */
    public void correct(String newCode, int newUnits, List<String> newModifiers, Money newUnitPrice, Route newRoute, String reason) {
        requireStatus(Status.REVIEW, "Only charges waiting for review can be corrected; void an approved charge instead.");
        if (newCode == null || !newCode.strip().toUpperCase().matches("^[0-9A-Z]{5}$")) {
            throw new BusinessRuleException("charge.code", "code", "A CPT or HCPCS code has five characters.");
        }
        if (newUnits < 1 || newUnits > 99) {
            throw new BusinessRuleException("charge.units", "units", "Units are 1–99.");
        }
        for (String m : newModifiers) {
            if (!m.matches("^[0-9A-Z]{2}$")) {
                throw new BusinessRuleException("charge.modifier", "modifiers", "Modifiers are two letters or digits, e.g. JW, GP, 59.");
            }
        }
        if (newModifiers.size() > 4) {
            throw new BusinessRuleException("charge.modifiers", "modifiers", "A claim line carries at most four modifiers.");
        }
        if (newUnitPrice == null || newUnitPrice.isNegative()) {
            throw new BusinessRuleException("charge.price", "unitPrice", "The price is zero or more.");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("charge.reason", "reason", "Say why the charge is corrected (at least 5 characters).");
        }
        if (newRoute == Route.PACKAGE && packageId == null) {
            throw new BusinessRuleException("charge.route", "route", "Only a visit drawn from a package is billed to the package.");
        }
        code = newCode.strip().toUpperCase();
        units = newUnits;
        modifiers = join(newModifiers);
        unitPrice = newUnitPrice.amount();
        route = newRoute == null ? route : newRoute;
        amount = computeAmount();
        reviewNote = null;
    }

    /** Adds a note for the reviewer (why this charge needs a look). */
    public void correctNote(String note) {
        reviewNote = reviewNote == null ? note : reviewNote + " " + note;
    }

    public void approve() {
        requireStatus(Status.REVIEW, "This charge was already reviewed.");
        if (route != Route.PACKAGE && amount.signum() == 0) {
            throw new BusinessRuleException("charge.zero", "unitPrice", code + " has no price; set the fee or correct the charge first.");
        }
        if (route == Route.INSURANCE && diagnoses.isBlank()) {
            throw new BusinessRuleException("charge.diagnoses", "A claim needs a diagnosis; the plan has none.");
        }
        status = Status.APPROVED;
    }

    /** Covered by a package session: the fee is not charged again. */
    public void coveredBy(UUID patientPackageId) {
        packageId = patientPackageId;
        route = Route.PACKAGE;
    }

    public void invoiced() {
        requireStatus(Status.APPROVED, "Only approved charges are invoiced.");
        status = Status.INVOICED;
    }

    public void claimed() {
        requireStatus(Status.APPROVED, "Only approved charges are claimed.");
        status = Status.CLAIMED;
    }

    /** Back to approved when its claim is voided or replaced, so it can be claimed again. */
    public void unclaimed() {
        requireStatus(Status.CLAIMED, "This charge is not on a claim.");
        status = Status.APPROVED;
    }

    /** Its invoice was voided: the charge is no longer billable (re-capture by correcting the visit if needed). */
    public void voidAfterInvoice() {
        requireStatus(Status.INVOICED, "This charge is not on an invoice.");
        status = Status.VOID;
    }

    public void voidCharge(String reason) {
        if (status == Status.INVOICED || status == Status.CLAIMED) {
            throw new BusinessRuleException("charge.billed", "This charge is already billed; correct it with a credit note or a claim correction.");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("charge.reason", "reason", "Say why the charge is voided (at least 5 characters).");
        }
        status = Status.VOID;
    }

    private void requireStatus(Status expected, String message) {
        if (status != expected) {
            throw new BusinessRuleException("charge.status", message);
        }
    }

    private static String join(List<String> modifiers) {
        return modifiers == null || modifiers.isEmpty() ? null : String.join(",", modifiers);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID visitId() { return visitId; }
    public LocalDate serviceDate() { return serviceDate; }
    public ServiceLine serviceLine() { return serviceLine; }
    public String code() { return code; }
    public List<String> modifiers() { return modifiers == null ? List.of() : Arrays.asList(modifiers.split(",")); }
    public int units() { return units; }
    public Money unitPrice() { return Money.of(unitPrice, currency); }
    public Money amount() { return Money.of(amount, currency); }
    public String ndc() { return ndc; }
    public BigDecimal drugQuantity() { return drugQuantity; }
    public String drugUnit() { return drugUnit; }
    public List<String> diagnoses() { return diagnoses.isBlank() ? List.of() : Arrays.asList(diagnoses.split(",")); }
    public String provider() { return provider; }
    public String providerName() { return providerName; }
    public String providerNpi() { return providerNpi; }
    public Route route() { return route; }
    public UUID packageId() { return packageId; }
    public Status status() { return status; }
    public String reviewNote() { return reviewNote; }
}
