package com.clinicsuite.billing.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything an insurance claim file needs, independent of its format: the same data becomes an X12 837P 5010
 * batch ({@link X837Writer}) and a CMS-1500 (02/12) form. One document is one batch to one payer.
 */
public record ClaimDocument(Envelope envelope, BillingProvider billingProvider, Payer payer, List<Claim> claims) implements Serializable {

    /** ISA/GS/ST control data. {@code usage} is "T" (test) or "P" (production). */
    public record Envelope(String senderId, String receiverId, long interchangeControlNumber, long groupControlNumber,
                           String transactionSetControlNumber, LocalDateTime createdAt, String usage, String submitterName,
                           String submitterContactName, String submitterPhone, String receiverName) implements Serializable {
    }

    /** Loop 2010AA. {@code taxId} is the EIN (9 digits), {@code taxonomy} the provider taxonomy code. */
    public record BillingProvider(String legalName, String npi, String taxId, String taxonomy, Address address) implements Serializable {
    }

    /** Loop 2010BB. */
    public record Payer(String name, String payerId, Address address) implements Serializable {
    }

    public record Address(String line1, String city, String state, String zip) implements Serializable {
    }

    /** A person: the subscriber (2010BA) or the patient (2010CA when not the subscriber). {@code sex} is "M", "F" or "U". */
    public record Person(String lastName, String firstName, LocalDate birthDate, String sex, Address address) implements Serializable {
    }

    /**
     * Loop 2000B/2300. {@code relationship} is the patient's relationship to the subscriber: SELF, SPOUSE, CHILD or OTHER
     * (when not SELF the patient gets loop 2000C). {@code priority} is PRIMARY or SECONDARY. {@code frequencyCode} is
     * "1" (original), "7" (replacement) or "8" (void); 7 and 8 carry {@code originalPayerClaimNumber} (REF*F8).
     * Diagnoses are ICD-10-CM codes with or without the dot, the first is the principal (ABK), the rest ABF.
     * {@code otherPayer} is the payer that already adjudicated the claim (loops 2320/2330) when this claim goes to the
     * secondary payer; null for a claim to the primary payer.
     */
    public record Claim(String patientControlNumber, String priority, Person subscriber, String memberId, String groupNumber,
                        String relationship, Person patient, BigDecimal totalCharge, String placeOfService, String frequencyCode,
                        String originalPayerClaimNumber, List<String> diagnoses, RenderingProvider renderingProvider,
                        List<Line> lines, OtherPayer otherPayer) implements Serializable {
    }

    /**
     * Loops 2320/2330A/2330B: the primary payer and what it did with the claim, for a claim to the secondary payer
     * (coordination of benefits). {@code subscriber} is the primary policy's subscriber, {@code memberId} their ID with
     * that payer and {@code relationship} the patient's relationship to them (SELF, SPOUSE, CHILD or OTHER).
     * {@code paidAmount} is what the primary payer paid (null when it has not adjudicated the claim), {@code adjudicatedOn}
     * the date of its remittance, and {@code adjustments} its claim-level adjustments; the paid amount and the
     * adjustments together account for the claim's total charge.
     */
    public record OtherPayer(String payerName, String payerId, String memberId, Person subscriber, String relationship,
                             BigDecimal paidAmount, LocalDate adjudicatedOn, List<Adjustment> adjustments) implements Serializable {
    }

    /**
     * One claim adjustment (CAS): {@code group} is the group code (CO contractual obligation, PR patient responsibility,
     * OA other adjustment, PI payer initiated reduction, CR correction and reversal), {@code reason} the claim adjustment
     * reason code (CARC, e.g. "45" or "2") and {@code amount} the amount adjusted.
     */
    public record Adjustment(String group, String reason, BigDecimal amount) implements Serializable {
    }

    /** Loop 2310B. */
    public record RenderingProvider(String lastName, String firstName, String npi) implements Serializable {
    }

    /**
     * Loop 2400. {@code diagnosisPointers} are 1-based indexes into the claim's diagnoses (at most 4). Drug lines carry
     * the 11-digit NDC (digits only or 5-4-2), the quantity and its unit ("ML" or "UN") for LIN/CTP.
     */
    public record Line(String code, List<String> modifiers, BigDecimal charge, int units, LocalDate serviceDate,
                       List<Integer> diagnosisPointers, String ndc, BigDecimal drugQuantity, String drugUnit) implements Serializable {
    }
}
