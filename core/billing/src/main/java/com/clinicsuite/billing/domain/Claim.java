package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An insurance claim for approved charges of one patient to one payer (primary, then secondary). Lifecycle: draft →
 * submitted (in an 837P batch) → accepted → paid / partly paid, or denied with a reason. A submitted claim is corrected
 * by a replacement (frequency code 7) or withdrawn by a void (8); both point at the original.
 */
@Entity
@Table(name = "claim")
public class Claim extends AuditedEntity {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, PAID, PARTLY_PAID, DENIED, REPLACED, VOID }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "payer_ref", nullable = false, updatable = false)
    private UUID payerRef;
    @Column(name = "priority", nullable = false, updatable = false)
    private String priority;
    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;
    @Column(name = "group_number", updatable = false)
    private String groupNumber;
    @Column(name = "subscriber_name", nullable = false, updatable = false)
    private String subscriberName;
    @Column(name = "relationship", nullable = false, updatable = false)
    private String relationship;
    @Column(name = "control_number", nullable = false, updatable = false)
    private String controlNumber;
    @Column(name = "frequency_code", nullable = false, updatable = false)
    private String frequencyCode;
    @Column(name = "original_claim", updatable = false)
    private UUID originalClaim;
    @Column(name = "payer_claim_number")
    private String payerClaimNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "total", nullable = false)
    private BigDecimal total;
    @Column(name = "paid", nullable = false)
    private BigDecimal paid;
    @Column(name = "contractual_adjustment", nullable = false)
    private BigDecimal contractualAdjustment;
    @Column(name = "patient_responsibility", nullable = false)
    private BigDecimal patientResponsibility;
    @Column(name = "carc")
    private String carc;
    @Column(name = "denial_reason")
    private String denialReason;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "diagnoses", nullable = false)
    private String diagnoses;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "primary_claim", updatable = false)
    private UUID primaryClaim;
    @Column(name = "cob_amount", updatable = false)
    private BigDecimal cobAmount;
    @Column(name = "deductible")
    private BigDecimal deductible;
    @Column(name = "coinsurance")
    private BigDecimal coinsurance;
    @Column(name = "copay")
    private BigDecimal copay;
    @ElementCollection
    @CollectionTable(name = "claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "charge_id")
    private List<UUID> chargeIds = new ArrayList<>();

    protected Claim() {
        // for JPA
    }

    /** A new claim (frequency 1) for approved charges of one patient; diagnoses are the union of the charges' (at most 12). */
    public static Claim create(UUID patientId, Payer payer, String priority, String memberId, String groupNumber, String subscriberName,
                               String relationship, long controlSequence, List<Charge> charges) {
        if (charges.isEmpty()) {
            throw new BusinessRuleException("claim.empty", "A claim needs at least one approved charge.");
        }
        Money sum = Money.zero(charges.get(0).amount().currency());
        List<String> dx = new ArrayList<>();
        for (Charge ch : charges) {
            if (!ch.patientId().equals(patientId) || ch.status() != Charge.Status.APPROVED || ch.route() != Charge.Route.INSURANCE) {
                throw new BusinessRuleException("claim.charge", "Only the patient's approved insurance charges go on a claim.");
            }
            sum = sum.plus(ch.amount());
            ch.diagnoses().stream().filter(d -> !dx.contains(d)).forEach(dx::add);
        }
        if (dx.size() > 12) {
            throw new BusinessRuleException("claim.diagnoses", "A claim carries at most 12 diagnoses; split the charges into two claims.");
        }
        charges.forEach(Charge::claimed);
        return draft(patientId, payer.id(), priority, memberId, groupNumber, subscriberName, relationship, controlSequence, "1", sum,
                String.join(",", dx), charges.stream().map(Charge::id).toList());
    }

    /**
     * The claim to the secondary payer after this (primary) claim's remittance left the patient a share: the same
     * charges, with this claim's payment and adjustments as coordination-of-benefits data, asking the secondary payer to
     * consider the patient's share only.
     */
    public Claim secondary(Payer secondaryPayer, String memberId, String groupNumber, String subscriberName, String relationship, long controlSequence) {
        if (status != Status.PARTLY_PAID || !patientResponsibility().isPositive()) {
            throw new BusinessRuleException("claim.secondary", "A secondary claim follows a primary remittance that left the patient a share.");
        }
        if (!"PRIMARY".equals(priority)) {
            throw new BusinessRuleException("claim.secondary", "Only a primary claim is followed by a secondary claim.");
        }
        Claim c = sameServices(secondaryPayer.id(), "SECONDARY", memberId, groupNumber, subscriberName, relationship, controlSequence, "1");
        c.primaryClaim = id;
        c.cobAmount = patientResponsibility;
        return c;
    }

    /** A replacement (7) or void (8) of this submitted claim, with the same charges. */
    public Claim follow(String frequency, long controlSequence) {
        if (status == Status.DRAFT || status == Status.REPLACED || status == Status.VOID) {
            throw new BusinessRuleException("claim.follow", "Only a submitted claim can be corrected or voided; edit a draft instead.");
        }
        if (payerClaimNumber == null) {
            throw new BusinessRuleException("claim.payerNumber", "payerClaimNumber", "Enter the payer's claim number from the acceptance first.");
        }
        if (paid.signum() > 0 && "8".equals(frequency)) {
            throw new BusinessRuleException("claim.void.paid", "The payer has paid on this claim; send a replacement instead of a void.");
        }
        Claim f = sameServices(payerRef, priority, memberId, groupNumber, subscriberName, relationship, controlSequence, frequency);
        f.originalClaim = id;
        f.payerClaimNumber = payerClaimNumber;
        f.primaryClaim = primaryClaim;
        f.cobAmount = cobAmount;
        status = "8".equals(frequency) ? Status.VOID : Status.REPLACED;
        return f;
    }

    /** A new draft claim for the same patient, services and diagnoses, to the given payer and policy. */
    private Claim sameServices(UUID payer, String priorityOfPolicy, String member, String group, String subscriber, String relationshipToSubscriber,
                               long controlSequence, String frequency) {
        return draft(patientId, payer, priorityOfPolicy, member, group, subscriber, relationshipToSubscriber, controlSequence, frequency, total(),
                diagnoses, chargeIds);
    }

    private static Claim draft(UUID patient, UUID payer, String priorityOfPolicy, String member, String group, String subscriber,
                               String relationshipToSubscriber, long controlSequence, String frequency, Money total, String diagnoses, List<UUID> charges) {
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.patientId = patient;
        c.payerRef = payer;
        c.priority = priorityOfPolicy;
        c.memberId = member;
        c.groupNumber = group;
        c.subscriberName = subscriber;
        c.relationship = relationshipToSubscriber;
        c.controlNumber = "CS" + controlSequence;
        c.frequencyCode = frequency;
        c.status = Status.DRAFT;
        c.currency = total.currency();
        c.diagnoses = diagnoses;
        c.total = total.amount();
        c.paid = BigDecimal.ZERO.setScale(2);
        c.contractualAdjustment = BigDecimal.ZERO.setScale(2);
        c.patientResponsibility = BigDecimal.ZERO.setScale(2);
        c.chargeIds.addAll(charges);
        return c;
    }

    public void submitted(UUID batch, LocalDate on) {
        if (status != Status.DRAFT) {
            throw new BusinessRuleException("claim.submitted", "Claim " + controlNumber + " was already submitted.");
        }
        batchId = batch;
        submittedOn = on;
        status = Status.SUBMITTED;
    }

    public void accepted(String payerNumber) {
        if (status != Status.SUBMITTED) {
            throw new BusinessRuleException("claim.status", "Only a submitted claim is accepted.");
        }
        if (payerNumber == null || payerNumber.isBlank()) {
            throw new BusinessRuleException("claim.payerNumber", "payerClaimNumber", "Enter the payer's claim number.");
        }
        payerClaimNumber = payerNumber.strip();
        status = Status.ACCEPTED;
    }

    public void denied(String reason, String carcCode) {
        if (status != Status.SUBMITTED && status != Status.ACCEPTED) {
            throw new BusinessRuleException("claim.status", "Only a submitted or accepted claim is denied.");
        }
        if (reason == null || reason.strip().length() < 3) {
            throw new BusinessRuleException("claim.denial", "denialReason", "Give the denial reason from the remittance.");
        }
        denialReason = reason.strip();
        carc = carcCode == null || carcCode.isBlank() ? null : carcCode.strip();
        status = Status.DENIED;
    }

    /**
     * Posts the payer's remittance: paid + contractual adjustment + patient responsibility must add up to the claim total
     * (for a secondary claim: to the share the primary payer left). Returns the patient responsibility.
     */
    public Money remit(Money payerPaid, Money contractual, String carcCode, Money patientPart) {
        if (status != Status.SUBMITTED && status != Status.ACCEPTED) {
            throw new BusinessRuleException("claim.status", "Post a remittance on a submitted or accepted claim.");
        }
        if (payerPaid.isNegative() || contractual.isNegative() || patientPart.isNegative()) {
            throw new BusinessRuleException("remit.negative", "paid", "Amounts on a remittance are zero or more.");
        }
        Money considered = billedToPayer();
        if (payerPaid.plus(contractual).plus(patientPart).compareTo(considered) != 0) {
            throw new BusinessRuleException("remit.balance", "paid", "Paid " + payerPaid + " + adjustment " + contractual + " + patient "
                    + patientPart + " must equal " + (cobAmount == null ? "the claim total " : "the share the primary payer left, ") + considered + ".");
        }
        if (contractual.isPositive() && (carcCode == null || !carcCode.strip().matches("^(CO|PR|OA|PI|CR)?-?\\d{1,3}$"))) {
            throw new BusinessRuleException("remit.carc", "carc", "Give the adjustment reason code (CARC), e.g. CO-45.");
        }
        paid = payerPaid.amount();
        contractualAdjustment = contractual.amount();
        patientResponsibility = patientPart.amount();
        carc = carcCode == null || carcCode.isBlank() ? null : carcCode.strip().toUpperCase();
        status = patientPart.isPositive() ? Status.PARTLY_PAID : Status.PAID;
        return patientPart;
    }

    /**
     * What the payer is asked to settle: the claim total, or for a secondary claim the share the primary payer left
     * (the payer's part of accounts receivable while the claim is open).
     */
    public Money billedToPayer() {
        return cobAmount == null ? total() : Money.of(cobAmount, currency);
    }

    /**
     * Records what the patient's share is made of (CARC group PR: deductible 1, coinsurance 2, copay 3), after
     * {@link #remit}; the parts must add up to the patient responsibility. Without parts the share stays one amount.
     */
    public void patientShare(Money deductiblePart, Money coinsurancePart, Money copayPart) {
        if (deductiblePart == null && coinsurancePart == null && copayPart == null) {
            return;
        }
        Money d = deductiblePart == null ? Money.zero(currency) : deductiblePart;
        Money ci = coinsurancePart == null ? Money.zero(currency) : coinsurancePart;
        Money cp = copayPart == null ? Money.zero(currency) : copayPart;
        if (d.isNegative() || ci.isNegative() || cp.isNegative()) {
            throw new BusinessRuleException("remit.negative", "deductible", "Deductible, coinsurance and copay are zero or more.");
        }
        if (d.plus(ci).plus(cp).compareTo(patientResponsibility()) != 0) {
            throw new BusinessRuleException("remit.parts", "deductible", "Deductible " + d + " + coinsurance " + ci + " + copay " + cp
                    + " must equal the patient responsibility " + patientResponsibility() + ".");
        }
        deductible = d.amount();
        coinsurance = ci.amount();
        copay = cp.amount();
    }

    /** Whether the remittance said what the patient's share is made of. */
    public boolean hasShareParts() {
        return deductible != null || coinsurance != null || copay != null;
    }

    /** The patient's share by CARC reason (PR-1 deductible, PR-2 coinsurance, PR-3 copay); one PR-2 amount when no parts were given. */
    public java.util.Map<String, Money> patientShareByReason() {
        java.util.Map<String, Money> parts = new java.util.LinkedHashMap<>();
        if (deductible == null && coinsurance == null && copay == null) {
            if (patientResponsibility().isPositive()) {
                parts.put("2", patientResponsibility());
            }
            return parts;
        }
        if (deductible.signum() > 0) {
            parts.put("1", Money.of(deductible, currency));
        }
        if (coinsurance.signum() > 0) {
            parts.put("2", Money.of(coinsurance, currency));
        }
        if (copay.signum() > 0) {
            parts.put("3", Money.of(copay, currency));
        }
        return parts;
    }

    /** Open with the payer: submitted or accepted and not yet remitted. */
    public boolean openWithPayer() {
        return status == Status.SUBMITTED || status == Status.ACCEPTED;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID payerRef() { return payerRef; }
    public String priority() { return priority; }
    public String memberId() { return memberId; }
    public String groupNumber() { return groupNumber; }
    public String subscriberName() { return subscriberName; }
    public String relationship() { return relationship; }
    public String controlNumber() { return controlNumber; }
    public String frequencyCode() { return frequencyCode; }
    public UUID originalClaim() { return originalClaim; }
    public String payerClaimNumber() { return payerClaimNumber; }
    public Status status() { return status; }
    public Money total() { return Money.of(total, currency); }
    public Money paid() { return Money.of(paid, currency); }
    public Money contractualAdjustment() { return Money.of(contractualAdjustment, currency); }
    public Money patientResponsibility() { return Money.of(patientResponsibility, currency); }
    public String carc() { return carc; }
    public String denialReason() { return denialReason; }
    public List<String> diagnoses() { return diagnoses.isBlank() ? List.of() : Arrays.asList(diagnoses.split(",")); }
    public UUID batchId() { return batchId; }
    public LocalDate submittedOn() { return submittedOn; }
    public List<UUID> chargeIds() { return List.copyOf(chargeIds); }
    public UUID primaryClaim() { return primaryClaim; }
    public Money cobAmount() { return cobAmount == null ? null : Money.of(cobAmount, currency); }
}
