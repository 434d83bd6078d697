package com.clinicsuite.billing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of billing. */
public interface BillingRepository {

    /** Stores any new billing entity (charge, invoice, payment, allocation, ledger entry, claim, …). */
    void add(Object entity);

    void flush();

    /** Writes pending changes and forgets every loaded entity (a long unit of work keeps its flushes cheap). */
    void flushAndClear();

    /** Serialises every operation on one patient's account for the rest of the transaction. */
    void lockAccount(UUID patientId);

    /** The next invoice number; the counter stays locked until the transaction ends, so numbers have no gaps. */
    long nextInvoiceNumber();

    long nextClaimControl();

    long nextInterchangeControl();

    BillingIdentity identity();

    List<Fee> currentFees();

    List<Fee> feeHistory(String code);

    Optional<Fee> feeOn(String code, LocalDate day);

    Optional<Fee> currentFee(String code);

    List<Payer> payers();

    Optional<Payer> payer(UUID id);

    Optional<Payer> payerByPayerId(String payerId);

    List<PackageProduct> packageProducts();

    Optional<PackageProduct> packageProduct(UUID id);

    List<PatientPackage> packagesOf(UUID patientId);

    Optional<PatientPackage> patientPackage(UUID id);

    Optional<Charge> charge(UUID id);

    List<Charge> charges(Collection<UUID> ids);

    List<Charge> chargesOfVisit(UUID visitId);

    List<Charge> chargesOf(UUID patientId);

    /** The patient's charges waiting for review without a reviewer's note (what the month-end run approves), oldest first. */
    List<Charge> readyToApprove(UUID patientId);

    /** Charges in one status, oldest service first, one page. */
    List<Charge> chargesIn(Charge.Status status, UUID patientId, int first, int max);

    long countIn(Charge.Status status, UUID patientId);

    List<Charge> approved(Charge.Route route, UUID patientId);

    /** Patients with charges ready to approve (no reviewer note) or approved self-pay charges not yet invoiced. */
    List<UUID> patientsWithWork();

    Optional<Invoice> invoice(UUID id);

    List<Invoice> invoicesOf(UUID patientId);

    List<Invoice> openInvoices(UUID patientId);

    Optional<Payment> paymentByKey(String idempotencyKey);

    List<Payment> paymentsOf(UUID patientId);

    List<Payment> creditPayments(UUID patientId);

    List<LedgerEntry> ledgerOf(UUID patientId);

    Optional<Claim> claim(UUID id);

    List<Claim> claims(Claim.Status status);

    List<Claim> claimsOf(UUID patientId);

    Optional<ClaimBatch> batch(UUID id);

    List<GoodFaithEstimate> estimatesOf(UUID patientId);

    Optional<GoodFaithEstimate> estimate(UUID id);

    List<GoodFaithEstimate> latestEstimates();

    /**
     * Open invoice balances per patient, aged by issue date as of a day, summed in the database: one page in the given order
     * (ties by patient id), or every patient when {@code max} is {@link Integer#MAX_VALUE}.
     */
    List<AgingBalance> patientAging(LocalDate asOf, AgingBalance.Order order, boolean ascending, int first, int max);

    /** How many patients have an open invoice balance. */
    long patientsOwing();

    /** Every patient's open invoice balances added up, aged as of a day (owner {@code null}). */
    AgingBalance patientAgingTotal(LocalDate asOf);

    /** What each payer is still asked to settle on its open claims, aged by submission date as of a day. */
    List<AgingBalance> payerAging(LocalDate asOf);

    /** Revenue of a period in one group: how many charges (not void, not package-covered) and their sum. */
    record Revenue(String group, long count, java.math.BigDecimal amount) {
    }

    /** The period's charges (service dates, void and package-covered ones left out) summed by service line or by provider, in SQL. */
    List<Revenue> revenueBetween(LocalDate from, LocalDate to, boolean byProvider);

    List<Payment> paymentsBetween(LocalDate from, LocalDate to);

    List<PatientPackage> activePackages();
}
