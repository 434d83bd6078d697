package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.Accounts;
import com.clinicsuite.billing.application.BillingReports;
import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.BillingSetup;
import com.clinicsuite.billing.application.Claims;
import com.clinicsuite.billing.application.Estimates;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Billing documents: invoice, statement, superbill, Good Faith Estimate and CMS-1500 as PDF; reports as PDF or CSV.
 * {@code /billing/document?kind=invoice&id=…}, {@code kind=statement&patient=…}, {@code kind=superbill&patient=…&from=…&to=…},
 * {@code kind=estimate&id=…}, {@code kind=cms1500&claim=…}, {@code kind=report&name=aging|revenue|providers|payments|dayclose|packages|gfe
 * &format=pdf|csv&from=…&to=…}. Every document is produced by an audited service call that decides who may read it.
 */
@WebServlet("/billing/document")
public class BillingDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    @Inject
    private com.clinicsuite.web.faces.ClinicBrand brand;

    @Inject
    private Estimates estimates;

    @Inject
    private Claims claims;

    @Inject
    private BillingReports reports;

    @Inject
    private BillingSetup setup;

    @Inject
    private PatientDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = String.valueOf(request.getParameter("kind"));
        try {
            switch (kind) {
                case "invoice" -> pdf(response, "invoice", invoice(uuid(request, "id")));
                case "statement" -> pdf(response, "statement", statement(uuid(request, "patient")));
                case "superbill" -> pdf(response, "superbill", superbill(uuid(request, "patient"), date(request, "from", LocalDate.now().withDayOfYear(1)),
                        date(request, "to", LocalDate.now())));
                case "estimate" -> pdf(response, "good-faith-estimate", estimate(uuid(request, "id")));
                case "cms1500" -> pdf(response, "cms1500", Cms1500Pdf.render(claims.document(uuid(request, "claim"))));
                case "report" -> report(request, response);
                case "x12" -> {
                    UUID batch = uuid(request, "batch");
                    BillingRows.BatchRow b = claims.batch(batch);
                    response.setContentType("application/edi-x12;charset=US-ASCII");
                    response.setHeader("Content-Disposition", "attachment; filename=\"" + b.fileName() + "\"");
                    response.setHeader("Cache-Control", "no-store");
                    response.getOutputStream().write(claims.batchContent(batch).getBytes(StandardCharsets.US_ASCII));
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "kind must be invoice, statement, superbill, estimate, cms1500 or report");
            }
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
        } catch (BusinessRuleException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "You may not read this document.");
        }
    }

    private byte[] invoice(UUID id) {
        BillingRows.InvoiceRow i = accounts.invoice(id);
        List<List<String>> rows = new ArrayList<>();
        i.lines().forEach(l -> rows.add(List.of(String.valueOf(l.serviceDate()), l.code() == null ? "" : l.code(), l.description(),
                String.valueOf(l.units()), money(l.amount()))));
        rows.add(List.of("Total", "", "", "", money(i.total())));
        rows.add(List.of("Paid and credited", "", "", "", money(i.settled())));
        rows.add(List.of("Total due", "", "", "", money(i.open())));
        String title = (i.kind().equals("CREDIT_NOTE") ? "Credit note " : "Invoice ") + (i.number() == null ? "(draft, not issued)" : "no. " + i.number());
        return render(new TablePdf.Spec(letterhead(), title, List.of("Issued " + (i.issuedOn() == null ? "—" : i.issuedOn())
                + (i.dueOn() == null ? "" : ", due " + i.dueOn()) + ". Status: " + i.status().toLowerCase().replace('_', ' ') + ".",
                i.voidReason() == null ? "" : "Voided: " + i.voidReason()), List.of("Date", "Code", "Service", "Units", "Amount"),
                new boolean[]{false, false, false, true, true}, rows, List.of("Questions about this bill? Call the billing office at the number above.")));
    }

    private byte[] statement(UUID patient) {
        BillingRows.AccountView a = accounts.view(patient);
        List<List<String>> rows = new ArrayList<>();
        for (BillingRows.LedgerRow l : a.ledger()) {
            rows.add(List.of(String.valueOf(l.at().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), l.description(), money(l.amount()),
                    money(l.balanceAfter())));
        }
        rows.add(List.of("Total due", "", "", money(a.balance())));
        return render(new TablePdf.Spec(letterhead(), "Statement for " + a.patientName() + " (" + a.mrn() + ")",
                List.of("As of " + LocalDate.now() + ". Balance " + money(a.balance()) + (a.balance().signum() < 0 ? " (credit on account)" : "") + "."),
                List.of("Date", "Description", "Amount", "Balance"), new boolean[]{false, false, true, true}, rows,
                List.of("Payments by cash, check or card at the front desk. Thank you.")));
    }

    private byte[] superbill(UUID patient, LocalDate from, LocalDate to) {
        PatientSummary p = directory.summary(patient);
        List<BillingRows.ChargeRow> lines = accounts.superbillLines(patient, from, to);
        Set<String> dx = new LinkedHashSet<>();
        lines.forEach(l -> dx.addAll(l.diagnoses()));
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BillingRows.ChargeRow l : lines) {
            rows.add(List.of(String.valueOf(l.serviceDate()), l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers())),
                    l.ndc() == null ? "" : "NDC " + l.ndc() + " " + l.drugQuantity().stripTrailingZeros().toPlainString() + " mL",
                    String.join(", ", l.diagnoses()), String.valueOf(l.units()), l.providerName() + (l.providerNpi() == null ? "" : ", NPI " + l.providerNpi()),
                    money(l.amount())));
            total = total.add(l.amount());
        }
        rows.add(List.of("Total", "", "", "", "", "", money(total)));
        BillingRows.IdentityRow id = setup.identity();
        return render(new TablePdf.Spec(letterhead(), "Superbill (itemized statement for insurance)", List.of(
                "Patient: " + p.displayName() + ", born " + p.birthDate() + " (" + p.mrn() + ")",
                "Billing provider: " + id.legalName() + ", NPI " + id.npi() + ", tax ID " + id.taxId().substring(0, 2) + "-" + id.taxId().substring(2),
                "Diagnoses (ICD-10-CM): " + (dx.isEmpty() ? "none recorded" : String.join(", ", dx)),
                "Services from " + from + " to " + to + "."), List.of("Date", "Code", "Drug", "Diagnoses", "Units", "Rendering provider", "Charge"),
                new boolean[]{false, false, false, false, true, false, true}, rows,
                List.of("Submit this form to your insurer for out-of-network reimbursement. CPT codes are shown with the clinic's own descriptions.")));
    }

    private byte[] estimate(UUID id) {
        BillingRows.EstimateRow e = estimates.get(id);
        List<List<String>> rows = new ArrayList<>();
        e.lines().forEach(l -> rows.add(List.of(l.code(), l.description(), String.valueOf(l.quantity()), money(l.unitPrice()), money(l.amount()))));
        rows.add(List.of("Total estimate", "", "", "", money(e.total())));
        return render(new TablePdf.Spec(letterhead(), "Good Faith Estimate", List.of(
                "For " + e.patientName() + ". Issued " + e.issuedOn() + " for services from " + e.firstService() + " to " + e.periodTo() + " (at most 12 months).",
                e.dueBy() == null ? "Scheduled less than 3 business days ahead: given at scheduling."
                        : "Due to you by " + e.dueBy() + ": within 1 business day when a service is scheduled at least 3 business days ahead, "
                        + "within 3 business days when scheduled at least 10 business days ahead."),
                List.of("Code", "Expected service", "Quantity", "Price", "Amount"), new boolean[]{false, false, true, true, true}, rows, List.of(
                "This is an estimate of the items and services reasonably expected for your treatment plan; actual charges may differ.",
                "You have the right to dispute the bill if you are billed $400 or more above this estimate. You may start a dispute within 120 days of "
                        + "the bill's date. Keep a copy of this estimate. For questions or more information about your right to a Good Faith "
                        + "Estimate, visit www.cms.gov/nosurprises.")));
    }

    private void report(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = String.valueOf(request.getParameter("name"));
        LocalDate from = date(request, "from", LocalDate.now().withDayOfMonth(1));
        LocalDate to = date(request, "to", LocalDate.now());
        List<String> headers;
        boolean[] numeric;
        List<List<String>> rows = new ArrayList<>();
        String title;
        switch (name) {
            case "aging" -> {
                title = "AR aging as of " + to;
                headers = List.of("Kind", "Patient or payer", "0–30 days", "31–60", "61–90", "90+", "Total");
                numeric = new boolean[]{false, false, true, true, true, true, true};
                BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
                for (BillingRows.AgingRow r : reports.arAging(to)) {
                    rows.add(List.of(r.kind(), r.name(), money(r.days0to30()), money(r.days31to60()), money(r.days61to90()), money(r.over90()), money(r.total())));
                }
                rows.add(totalRow(rows, 2, 7));
            }
            case "revenue", "providers", "payments", "dayclose" -> {
                List<BillingRows.AmountRow> data = switch (name) {
                    case "revenue" -> reports.revenueByServiceLine(from, to);
                    case "providers" -> reports.revenueByProvider(from, to);
                    case "payments" -> reports.paymentsByMethod(from, to);
                    default -> reports.dayClose(to);
                };
                title = switch (name) {
                    case "revenue" -> "Revenue by service line, " + from + " to " + to;
                    case "providers" -> "Revenue by provider, " + from + " to " + to;
                    case "payments" -> "Payments by method, " + from + " to " + to;
                    default -> "Day close, " + to;
                };
                headers = List.of(name.equals("revenue") ? "Service line" : name.equals("providers") ? "Provider" : "Method", "Count", "Amount");
                numeric = new boolean[]{false, true, true};
                data.forEach(r -> rows.add(List.of(r.group(), String.valueOf(r.count()), money(r.amount()))));
                if (!name.equals("dayclose")) {
                    rows.add(totalRow(rows, 2, 3));
                }
            }
            case "packages" -> {
                title = "Package liabilities (sold sessions not yet used)";
                headers = List.of("Patient", "Package", "Sessions left", "Per session", "Liability");
                numeric = new boolean[]{false, false, true, true, true};
                reports.packageLiabilities().forEach(r -> rows.add(List.of(String.valueOf(r.patientName()), r.packageName(), String.valueOf(r.remaining()),
                        money(r.perSession()), money(r.liability()))));
                rows.add(totalRow(rows, 4, 5));
            }
            case "gfe" -> {
                title = "Patients billed $400 or more above their Good Faith Estimate";
                headers = List.of("Patient", "Estimate issued", "Period", "Estimate", "Billed", "Over by");
                numeric = new boolean[]{false, false, false, true, true, true};
                estimates.flagged().forEach(e -> rows.add(List.of(String.valueOf(e.patientName()), String.valueOf(e.issuedOn()),
                        e.firstService() + " – " + e.periodTo(), money(e.total()), money(e.billed()), money(e.billed().subtract(e.total())))));
            }
            default -> {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name must be aging, revenue, providers, payments, dayclose, packages or gfe");
                return;
            }
        }
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + to + ".csv\"");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(TablePdf.csv(headers, rows).getBytes(StandardCharsets.UTF_8));
            return;
        }
        pdf(response, name + "-" + to, render(new TablePdf.Spec(letterhead(), title, List.of("Printed " + LocalDate.now() + "."), headers, numeric,
                rows, List.of("Contains patient information: keep it confidential."))));
    }

    /** A "Total" row summing the money columns [fromColumn, toColumn). */
    private static List<String> totalRow(List<List<String>> rows, int fromColumn, int toColumn) {
        List<String> total = new ArrayList<>();
        total.add("Total");
        for (int c = 1; c < toColumn; c++) {
            if (c < fromColumn) {
                total.add("");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<String> r : rows) {
                sum = sum.add(new BigDecimal(r.get(c).replace("$", "").replace(",", "")));
            }
            total.add(money(sum));
        }
        return total;
    }

    private List<String> letterhead() {
        BillingRows.IdentityRow id = setup.identity();
        return List.of(id.legalName(), id.address() + ", " + id.city() + ", " + id.state() + " " + id.zip() + (id.phone() == null ? "" : " · " + id.phone()),
                "NPI " + id.npi() + " · Tax ID " + id.taxId().substring(0, 2) + "-" + id.taxId().substring(2));
    }

    private static void pdf(HttpServletResponse response, String name, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : "$" + v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static UUID uuid(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return UUID.fromString(v);
    }

    private static LocalDate date(HttpServletRequest request, String name, LocalDate fallback) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? fallback : LocalDate.parse(v);
    }

    /** Every document carries the clinic's logo, when one is set. */
    private byte[] render(TablePdf.Spec spec) {
        return TablePdf.render(spec.withLogo(brand.logoImage()));
    }
}
