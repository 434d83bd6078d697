package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An insurance policy of a patient: payer, member and group, subscriber and relationship, effective dates and
 * whether it is primary or secondary. A policy that ends gets an end date; it is never deleted.
 */
@Entity
@Table(name = "insurance_policy")
public class InsurancePolicy extends AuditedEntity {

    /** Coordination of benefits. */
    public enum Priority { PRIMARY, SECONDARY }

    /** The patient's relationship to the subscriber. */
    public enum Relationship { SELF, SPOUSE, CHILD, OTHER }

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, updatable = false)
    private Priority priority;

    @Column(name = "payer_name", nullable = false, updatable = false)
    private String payerName;

    @Column(name = "payer_id", updatable = false)
    private String payerId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;

    @Column(name = "group_number", updatable = false)
    private String groupNumber;

    @Column(name = "subscriber_name", nullable = false, updatable = false)
    private String subscriberName;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, updatable = false)
    private Relationship relationship;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected InsurancePolicy() {
        // for JPA
    }

    /** A new policy; each text is checked and trimmed. */
    public static InsurancePolicy add(UUID patientId, Priority priority, String payerName, String payerId, String memberId,
                                      String groupNumber, String subscriberName, Relationship relationship,
                                      LocalDate effectiveFrom, LocalDate effectiveTo) {
        InsurancePolicy p = new InsurancePolicy();
        p.id = UUID.randomUUID();
        p.patientId = Objects.requireNonNull(patientId);
        if (priority == null) {
            throw new BusinessRuleException("insurance.priority", "priority", "Choose primary or secondary.");
        }
        p.priority = priority;
        p.payerName = required(payerName, "payerName", "Payer", 100);
        p.payerId = optional(payerId, "payerId", "Payer ID", 30);
        p.memberId = required(memberId, "memberId", "Member ID", 40);
        if (!p.memberId.matches("[A-Za-z0-9\\-]+")) {
            throw new BusinessRuleException("insurance.memberId.invalid", "memberId", "Member ID may contain only letters, digits and hyphens.");
        }
        p.groupNumber = optional(groupNumber, "groupNumber", "Group number", 40);
        p.subscriberName = required(subscriberName, "subscriberName", "Subscriber", 100);
        if (relationship == null) {
            throw new BusinessRuleException("insurance.relationship", "relationship", "Give the patient's relationship to the subscriber.");
        }
        p.relationship = relationship;
        if (effectiveFrom == null) {
            throw new BusinessRuleException("insurance.effectiveFrom", "effectiveFrom", "Give the date coverage starts.");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new BusinessRuleException("insurance.effectiveTo", "effectiveTo", "Coverage cannot end before it starts.");
        }
        p.effectiveFrom = effectiveFrom;
        p.effectiveTo = effectiveTo;
        return p;
    }

    /** Ends coverage on {@code on}. */
    public void end(LocalDate on) {
        if (on == null || on.isBefore(effectiveFrom)) {
            throw new BusinessRuleException("insurance.end", "effectiveTo", "Coverage cannot end before it starts (" + effectiveFrom + ").");
        }
        if (effectiveTo != null && !on.isBefore(effectiveTo)) {
            throw new BusinessRuleException("insurance.ended", "This policy already ends on " + effectiveTo + ".");
        }
        effectiveTo = on;
    }

    /** True when both policies cover at least one common day. */
    public boolean overlaps(InsurancePolicy other) {
        LocalDate end = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        return !effectiveFrom.isAfter(otherEnd) && !other.effectiveFrom.isAfter(end);
    }

    public boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    private static String required(String v, String field, String label, int max) {
        String s = optional(v, field, label, max);
        if (s == null) {
            throw new BusinessRuleException("insurance." + field + ".required", field, label + " is required.");
        }
        return s;
    }

    private static String optional(String v, String field, String label, int max) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (s.length() > max) {
            throw new BusinessRuleException("insurance." + field + ".tooLong", field, label + " may have at most " + max + " characters.");
        }
        return s;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Priority priority() { return priority; }
    public String payerName() { return payerName; }
    public String payerId() { return payerId; }
    public String memberId() { return memberId; }
    public String groupNumber() { return groupNumber; }
    public String subscriberName() { return subscriberName; }
    public Relationship relationship() { return relationship; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
}
