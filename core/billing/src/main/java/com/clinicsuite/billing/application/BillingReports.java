package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Claim;
import com.clinicsuite.billing.domain.Invoice;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.PatientPackage;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.Payment;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Billing reports: AR aging by patient (open invoices by issue date) and by payer (open claims by submission date),
 * revenue by service line and by provider, payments by method, the front desk's day close, and package liabilities.
 */
@Stateless
public class BillingReports {

    @Inject
    private BillingRepository billing;

    @Inject
    private PatientDirectory directory;

    @Inject
    private AuditTrail audit;

    /** Aging buckets 0–30, 31–60, 61–90 and 90+ days as of a day; patient rows first, then payer rows. */
    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AgingRow> arAging(@NotNull LocalDate asOf) {
        List<Invoice> invoices = billing.allOpenInvoices();
        Map<UUID, PatientSummary> names = directory.summaries(invoices.stream().map(Invoice::patientId).collect(Collectors.toSet()));
        Map<String, BigDecimal[]> patients = new LinkedHashMap<>();
        for (Invoice i : invoices) {
            PatientSummary p = names.get(i.patientId());
            add(patients, p == null ? i.patientId().toString() : p.displayName() + " (" + p.mrn() + ")", i.issuedOn(), asOf, i.open());
        }
        Map<UUID, Payer> payers = billing.payers().stream().collect(Collectors.toMap(Payer::id, Function.identity()));
        Map<String, BigDecimal[]> byPayer = new LinkedHashMap<>();
        for (Claim c : billing.allOpenClaims()) {
            add(byPayer, payers.get(c.payerRef()).name(), c.submittedOn(), asOf, c.billedToPayer());
        }
        List<BillingRows.AgingRow> rows = new ArrayList<>();
        patients.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(aging("PATIENT", e.getKey(), e.getValue())));
        byPayer.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(aging("PAYER", e.getKey(), e.getValue())));
        audit.record("billing.report.aging", null, "AR aging as of " + asOf + ": " + patients.size() + " patient(s), " + byPayer.size() + " payer(s)");
        return rows;
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AmountRow> revenueByServiceLine(@NotNull LocalDate from, @NotNull LocalDate to) {
        return revenue(from, to, c -> c.serviceLine().name(), "service line");
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AmountRow> revenueByProvider(@NotNull LocalDate from, @NotNull LocalDate to) {
        return revenue(from, to, Charge::providerName, "provider");
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AmountRow> paymentsByMethod(@NotNull LocalDate from, @NotNull LocalDate to) {
        requireRange(from, to);
        audit.record("billing.report.payments", null, "payments by method " + from + " to " + to);
        return byMethod(billing.paymentsBetween(from, to));
    }

    /** The day's takings by method and by who took them: what the front desk counts at closing. */
    @RolesAllowed({Roles.BILLING, Roles.FRONT_DESK})
    public List<BillingRows.AmountRow> dayClose(@NotNull LocalDate day) {
        List<Payment> payments = billing.paymentsBetween(day, day).stream()
                .filter(p -> p.kind() == Payment.Kind.PAYMENT || p.kind() == Payment.Kind.REFUND)
                .filter(p -> p.method() != Payment.Method.INSURANCE).toList();
        List<BillingRows.AmountRow> rows = new ArrayList<>(byMethod(payments));
        payments.stream().collect(Collectors.groupingBy(Payment::createdBy, java.util.TreeMap::new, Collectors.toList()))
                .forEach((who, list) -> rows.add(new BillingRows.AmountRow("taken by " + who, list.size(), signedSum(list))));
        audit.record("billing.report.dayClose", null, "day close " + day);
        return rows;
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.PackageLiabilityRow> packageLiabilities() {
        List<PatientPackage> active = billing.activePackages();
        Map<UUID, PatientSummary> names = directory.summaries(active.stream().map(PatientPackage::patientId).collect(Collectors.toSet()));
        audit.record("billing.report.packages", null, "package liabilities: " + active.size() + " package(s)");
        return active.stream().filter(p -> p.remaining() > 0).map(p -> new BillingRows.PackageLiabilityRow(p.patientId(),
                names.containsKey(p.patientId()) ? names.get(p.patientId()).displayName() : null, p.name(), p.remaining(), p.perSession().amount(),
                p.refundValue().amount())).sorted(Comparator.comparing(BillingRows.PackageLiabilityRow::patientName,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private List<BillingRows.AmountRow> revenue(LocalDate from, LocalDate to, Function<Charge, String> group, String what) {
        requireRange(from, to);
        audit.record("billing.report.revenue", null, "revenue by " + what + " " + from + " to " + to);
        return billing.chargesBetween(from, to).stream().filter(c -> c.route() != Charge.Route.PACKAGE)
                .collect(Collectors.groupingBy(group, java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new BillingRows.AmountRow(e.getKey(), e.getValue().size(),
                        e.getValue().stream().map(Charge::amount).reduce(Money.zero(Money.USD), Money::plus).amount())).toList();
    }

    private static List<BillingRows.AmountRow> byMethod(List<Payment> payments) {
        return payments.stream().filter(p -> p.kind() == Payment.Kind.PAYMENT || p.kind() == Payment.Kind.REFUND)
                .collect(Collectors.groupingBy(p -> p.kind() == Payment.Kind.REFUND ? "REFUND (" + p.method().name() + ")" : p.method().name(),
                        java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new BillingRows.AmountRow(e.getKey(), e.getValue().size(), signedSum(e.getValue()))).toList();
    }

    private static BigDecimal signedSum(List<Payment> payments) {
        return payments.stream().map(p -> p.kind() == Payment.Kind.REFUND ? p.amount().negate() : p.amount())
                .reduce(Money.zero(Money.USD), Money::plus).amount();
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new BusinessRuleException("report.range", "from", "Choose a period of at most a year, the start before the end.");
        }
    }

    private static void add(Map<String, BigDecimal[]> buckets, String key, LocalDate since, LocalDate asOf, Money amount) {
        BigDecimal[] b = buckets.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, asOf);
        int i = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
        b[i] = b[i].add(amount.amount());
    }

    private static BillingRows.AgingRow aging(String kind, String name, BigDecimal[] b) {
        return new BillingRows.AgingRow(kind, name, b[0].setScale(2), b[1].setScale(2), b[2].setScale(2), b[3].setScale(2),
                b[0].add(b[1]).add(b[2]).add(b[3]).setScale(2));
    }
}
