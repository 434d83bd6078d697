package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.AgingBalance;
import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.PatientPackage;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.Payment;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
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

    /**
     * The whole AR aging report as of a day, for printing and export: every patient who owes (by name), then every payer with
     * open claims (by name). Buckets are 0–30, 31–60, 61–90 and 90+ days; the sums are made in the database.
     */
    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AgingRow> arAging(@NotNull LocalDate asOf) {
        List<AgingBalance> owing = billing.patientAging(asOf, AgingBalance.Order.TOTAL, false, 0, Integer.MAX_VALUE);
        List<BillingRows.AgingRow> rows = new ArrayList<>(patientRows(owing).stream().sorted(Comparator.comparing(BillingRows.AgingRow::name)).toList());
        List<BillingRows.AgingRow> payers = payerRows(billing.payerAging(asOf));
        rows.addAll(payers);
        audit.record("billing.report.aging", null, "AR aging as of " + asOf + ": " + owing.size() + " patient(s), " + payers.size() + " payer(s)");
        return rows;
    }

    /**
     * One page of AR aging's patient lines as of a day, ordered by a bucket or the total (most owed first unless ascending);
     * how many patients owe in all is in {@link #agingSummary}.
     */
    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AgingRow> agingByPatient(@NotNull LocalDate asOf, @NotNull PageRequest page) {
        AgingBalance.Order order = page.sortField() == null ? AgingBalance.Order.TOTAL
                : Choice.of(AgingBalance.Order.class, page.sortField(), "sort", "Sort");
        List<BillingRows.AgingRow> rows = patientRows(billing.patientAging(asOf, order, page.ascending(), page.offset(), page.limit()));
        audit.record("billing.report.aging", null, "AR aging as of " + asOf + ": " + rows.size() + " patient line(s) from " + (page.offset() + 1)
                + " by " + order.name().toLowerCase());
        return rows;
    }

    /** AR aging's totals as of a day: all patients together, and each payer's open claims. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.AgingSummary agingSummary(@NotNull LocalDate asOf) {
        List<AgingBalance> payers = billing.payerAging(asOf);
        AgingBalance payerTotal = payers.stream().reduce(new AgingBalance(null, null, null, null, null), BillingReports::plus);
        return new BillingRows.AgingSummary(aging("PATIENT", "All patients", billing.patientAgingTotal(asOf)), billing.patientsOwing(),
                payerRows(payers), aging("PAYER", "All payers", payerTotal));
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AmountRow> revenueByServiceLine(@NotNull LocalDate from, @NotNull LocalDate to) {
        return revenue(from, to, false, "service line");
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.AmountRow> revenueByProvider(@NotNull LocalDate from, @NotNull LocalDate to) {
        return revenue(from, to, true, "provider");
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

    private List<BillingRows.AmountRow> revenue(LocalDate from, LocalDate to, boolean byProvider, String what) {
        requireRange(from, to);
        audit.record("billing.report.revenue", null, "revenue by " + what + " " + from + " to " + to);
        return billing.revenueBetween(from, to, byProvider).stream()
                .map(r -> new BillingRows.AmountRow(r.group(), r.count(), Money.of(r.amount(), Money.USD).amount())).toList();
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

    private List<BillingRows.AgingRow> patientRows(List<AgingBalance> balances) {
        Map<UUID, PatientSummary> names = directory.summaries(balances.stream().map(AgingBalance::owner).collect(Collectors.toSet()));
        return balances.stream().map(b -> {
            PatientSummary p = names.get(b.owner());
            return aging("PATIENT", p == null ? b.owner().toString() : p.displayName() + " (" + p.mrn() + ")", b);
        }).toList();
    }

    private List<BillingRows.AgingRow> payerRows(List<AgingBalance> balances) {
        Map<UUID, Payer> payers = billing.payers().stream().collect(Collectors.toMap(Payer::id, Function.identity()));
        return balances.stream().map(b -> aging("PAYER", payers.get(b.owner()).name(), b))
                .sorted(Comparator.comparing(BillingRows.AgingRow::name)).toList();
    }

    private static AgingBalance plus(AgingBalance a, AgingBalance b) {
        return new AgingBalance(null, a.days0to30().add(b.days0to30()), a.days31to60().add(b.days31to60()), a.days61to90().add(b.days61to90()),
                a.over90().add(b.over90()));
    }

    private static BillingRows.AgingRow aging(String kind, String name, AgingBalance b) {
        return new BillingRows.AgingRow(kind, b.owner(), name, b.days0to30(), b.days31to60(), b.days61to90(), b.over90(), b.total());
    }
}
