package com.clinicsuite.billing.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Billing's commands and the DTO records its screens and reports show. Money is BigDecimal (2 decimals, USD). */
public final class BillingRows {

    private BillingRows() {
    }

    public record FeeRow(UUID id, String code, String label, String serviceLine, BigDecimal price, LocalDate effectiveFrom,
                         LocalDate effectiveTo) implements Serializable {
    }

    public record PayerRow(UUID id, String name, String payerId, String address, String city, String state, String zip, String unitRule,
                           boolean requiresJwJz, boolean coversKetamine, boolean active, long version) implements Serializable {
    }

    public record IdentityRow(String legalName, String npi, String taxId, String taxonomy, String address, String city, String state, String zip,
                              String phone, long version) implements Serializable {
    }

    public record PackageProductRow(UUID id, String name, int sessions, BigDecimal price, BigDecimal perSession, boolean active)
            implements Serializable {
    }

    public record ChargeRow(UUID id, long version, UUID patientId, String patientName, String mrn, UUID visitId, LocalDate serviceDate,
                            String serviceLine, String code, List<String> modifiers, int units, BigDecimal unitPrice, BigDecimal amount, String ndc,
                            BigDecimal drugQuantity, String drugUnit, List<String> diagnoses, String providerName, String providerNpi, String route,
                            String status, String reviewNote) implements Serializable {
        public String modifierText() {
            return String.join(" ", modifiers);
        }

        public String diagnosisText() {
            return String.join(", ", diagnoses);
        }
    }

    public record InvoiceLineRow(int lineNo, LocalDate serviceDate, String code, String description, int units, BigDecimal amount)
            implements Serializable {
    }

    public record InvoiceRow(UUID id, long version, Long number, String kind, String status, BigDecimal total, BigDecimal settled, BigDecimal open,
                             LocalDate issuedOn, LocalDate dueOn, String voidReason, List<InvoiceLineRow> lines) implements Serializable {
    }

    public record PaymentRow(UUID id, String kind, String method, BigDecimal amount, BigDecimal unallocated, String reference, String note,
                             LocalDate receivedOn, String by) implements Serializable {
    }

    public record LedgerRow(long id, Instant at, String kind, BigDecimal amount, String description, String by, BigDecimal balanceAfter)
            implements Serializable {
    }

    public record PackageRow(UUID id, String name, int sessions, int used, int refunded, int remaining, BigDecimal price, BigDecimal perSession,
                             BigDecimal refundValue, String status, LocalDate soldOn, long version) implements Serializable {
    }

    public record EstimateLineRow(int lineNo, String description, String code, int quantity, BigDecimal unitPrice, BigDecimal amount)
            implements Serializable {
    }

    public record EstimateRow(UUID id, UUID patientId, String patientName, LocalDate issuedOn, LocalDate firstService, LocalDate periodTo,
                              LocalDate dueBy, BigDecimal total, BigDecimal billed, boolean disputeEligible, List<EstimateLineRow> lines)
            implements Serializable {
    }

    /** A patient's account as the front desk and billing see it. {@code balance} is the ledger's sum. */
    public record AccountView(UUID patientId, String patientName, String mrn, BigDecimal balance, BigDecimal openOnInvoices, BigDecimal credit,
                              BigDecimal unbilled, int unbilledCharges, List<InvoiceRow> invoices, List<PaymentRow> payments, List<LedgerRow> ledger,
                              List<PackageRow> packages, List<EstimateRow> estimates, boolean selfPay) implements Serializable {
    }

    /** What the front desk sees at check-in: balance, credit and package sessions left. */
    public record CheckInBalance(UUID patientId, BigDecimal balance, BigDecimal credit, int packageSessionsLeft) implements Serializable {
    }

    public record Pay(String method, BigDecimal amount, String reference, UUID invoiceId, String idempotencyKey) implements Serializable {
    }

    public record ClaimRow(UUID id, long version, UUID patientId, String patientName, String payerName, String priority, String controlNumber,
                           String frequencyCode, String status, BigDecimal total, BigDecimal paid, BigDecimal contractualAdjustment,
                           BigDecimal patientResponsibility, String carc, String denialReason, String payerClaimNumber, LocalDate submittedOn,
                           UUID batchId, int lines, UUID originalClaim, UUID payerRef) implements Serializable {
    }

    /**
     * A remittance: what the payer paid, the contractual adjustment with its CARC, and the patient's responsibility,
     * optionally split into deductible, coinsurance and copay (which then must add up to it).
     */
    public record Remit(BigDecimal paid, BigDecimal contractualAdjustment, String carc, BigDecimal patientResponsibility, String idempotencyKey,
                        BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay) implements Serializable {
    }

    /** An 837P batch; {@code held} says why draft claims were kept back (e.g. a missing address). */
    public record BatchRow(UUID id, String payerName, long interchangeControl, int claims, String fileName, List<String> held) implements Serializable {
    }

    /** One line of AR aging: a patient's open invoices or a payer's open claims; {@code id} is the patient's or the payer's id. */
    public record AgingRow(String kind, UUID id, String name, BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90,
                           BigDecimal over90, BigDecimal total) implements Serializable {
    }

    /** AR aging's summary: what all patients owe, what is open with each payer and in all, and how many patients owe. */
    public record AgingSummary(AgingRow patients, long patientsOwing, List<AgingRow> payers, AgingRow payerTotal) implements Serializable {
    }

    public record AmountRow(String group, long count, BigDecimal amount) implements Serializable {
    }

    public record PackageLiabilityRow(UUID patientId, String patientName, String packageName, int remaining, BigDecimal perSession,
                                      BigDecimal liability) implements Serializable {
    }
}
