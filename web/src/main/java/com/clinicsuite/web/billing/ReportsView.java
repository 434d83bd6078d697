package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.BillingReports;
import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.Estimates;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Billing reports on screen, each exportable as PDF and CSV through the document servlet. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BillingReports reports;

    @Inject
    private Estimates estimates;

    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private List<BillingRows.AgingRow> aging;
    private List<BillingRows.AmountRow> revenue;
    private List<BillingRows.AmountRow> providers;
    private List<BillingRows.AmountRow> payments;
    private List<BillingRows.PackageLiabilityRow> packages;
    private List<BillingRows.EstimateRow> flagged;

    public void refresh() {
        aging = null;
        revenue = null;
        providers = null;
        payments = null;
        packages = null;
        flagged = null;
    }

    public List<BillingRows.AgingRow> getAging() {
        if (aging == null) {
            aging = reports.arAging(to);
        }
        return aging;
    }

    public BigDecimal agingTotal(String kind) {
        return getAging().stream().filter(r -> r.kind().equals(kind)).map(BillingRows.AgingRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<BillingRows.AmountRow> getRevenue() {
        if (revenue == null) {
            revenue = reports.revenueByServiceLine(from, to);
        }
        return revenue;
    }

    public List<BillingRows.AmountRow> getProviders() {
        if (providers == null) {
            providers = reports.revenueByProvider(from, to);
        }
        return providers;
    }

    public List<BillingRows.AmountRow> getPayments() {
        if (payments == null) {
            payments = reports.paymentsByMethod(from, to);
        }
        return payments;
    }

    public List<BillingRows.PackageLiabilityRow> getPackages() {
        if (packages == null) {
            packages = reports.packageLiabilities();
        }
        return packages;
    }

    public List<BillingRows.EstimateRow> getFlagged() {
        if (flagged == null) {
            flagged = estimates.flagged();
        }
        return flagged;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
