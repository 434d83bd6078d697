package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.BillingReports;
import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.Estimates;
import com.clinicsuite.shared.application.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    private LazyDataModel<BillingRows.AgingRow> aging = new AgingModel();
    private BillingRows.AgingSummary agingSummary;
    private List<BillingRows.AmountRow> revenue;
    private List<BillingRows.AmountRow> providers;
    private List<BillingRows.AmountRow> payments;
    private List<BillingRows.PackageLiabilityRow> packages;
    private List<BillingRows.EstimateRow> flagged;

    public void refresh() {
        aging = new AgingModel();
        agingSummary = null;
        revenue = null;
        providers = null;
        payments = null;
        packages = null;
        flagged = null;
    }

    /** AR aging's patient lines, one page at a time, most owed first; sums are made in the database. */
    public LazyDataModel<BillingRows.AgingRow> getAging() {
        return aging;
    }

    public BillingRows.AgingSummary getAgingSummary() {
        if (agingSummary == null) {
            agingSummary = reports.agingSummary(to);
        }
        return agingSummary;
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

    /** Loads AR aging's patient lines page by page; the sort columns map to the report's orders. */
    private final class AgingModel extends LazyDataModel<BillingRows.AgingRow> {
        private static final long serialVersionUID = 1L;
        private static final Map<String, String> ORDERS = Map.of("total", "TOTAL", "days0to30", "DAYS_0_TO_30", "days31to60", "DAYS_31_TO_60",
                "days61to90", "DAYS_61_TO_90", "over90", "OVER_90");

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) getAgingSummary().patientsOwing();
        }

        @Override
        public List<BillingRows.AgingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            String order = sort == null ? null : ORDERS.get(sort.getField());
            boolean ascending = order != null && sort.getOrder() == SortOrder.ASCENDING;
            return reports.agingByPatient(to, new PageRequest(Math.max(0, first), Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT)), order,
                    ascending));
        }

        @Override
        public String getRowKey(BillingRows.AgingRow row) {
            return row.id().toString();
        }
    }
}
