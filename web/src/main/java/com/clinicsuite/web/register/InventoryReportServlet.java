package com.clinicsuite.web.register;

import com.clinicsuite.pharmacy.application.KetamineRegister;
import com.clinicsuite.pharmacy.application.RegisterRows;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A count of the register as a printable PDF or a CSV: the biennial inventory (date, time, opening or close of
 * business, the two people who counted) with every vial and the totals. Who may read it is decided by the service.
 */
@WebServlet("/register/report")
public class InventoryReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    @Inject
    private KetamineRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("count") == null) {
            ledger(request, response);
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("count")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "count must name a count");
            return;
        }
        RegisterRows.CountRow count;
        try {
            count = register.countById(id);
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        String name = "ketamine-inventory-" + count.countedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            PrintWriter out = response.getWriter();
            out.println("vial,ndc,lot,register_mg,counted_mg,difference_mg");
            for (RegisterRows.CountLine l : count.lines()) {
                out.println(String.join(",", l.vialLabel(), l.ndc(), l.lot(), plain(l.expectedMg()), plain(l.countedMg()),
                        plain(l.countedMg().subtract(l.expectedMg()))));
            }
            out.println("TOTAL,,," + plain(count.totalExpectedMg()) + "," + plain(count.totalCountedMg()) + ","
                    + plain(count.totalCountedMg().subtract(count.totalExpectedMg())));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
        try {
            Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
            PdfWriter.getInstance(doc, response.getOutputStream());
            doc.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            doc.add(new Paragraph(label(count.kind()) + " — ketamine (Schedule III)", title));
            doc.add(new Paragraph("Taken " + WHEN.format(count.countedAt().atZone(ZoneId.systemDefault())) + ", "
                    + (count.kind().endsWith("OPENING") ? "at the opening of business" : count.kind().endsWith("CLOSE") ? "at the close of business" : "shift change")
                    + ". Counted by " + count.countedBy() + " and " + count.witness() + ".", body));
            doc.add(new Paragraph(count.discrepancy() ? (count.open() ? "DISCREPANCY — open" : "Discrepancy resolved by " + count.resolvedBy() + ": "
                    + count.resolution()) : "The count matched the register.", bold));
            doc.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {3, 3, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String h : new String[] {"Vial", "NDC", "Lot", "Register (mg)", "Counted (mg)", "Difference (mg)"}) {
                table.addCell(new PdfPCell(new Phrase(h, bold)));
            }
            for (RegisterRows.CountLine l : count.lines()) {
                table.addCell(new Phrase(l.vialLabel(), body));
                table.addCell(new Phrase(l.ndc(), body));
                table.addCell(new Phrase(l.lot(), body));
                table.addCell(number(l.expectedMg(), body));
                table.addCell(number(l.countedMg(), body));
                table.addCell(number(l.countedMg().subtract(l.expectedMg()), body));
            }
            table.addCell(new PdfPCell(new Phrase("Total (" + count.lines().size() + " vials)", bold)));
            table.addCell("");
            table.addCell("");
            table.addCell(number(count.totalExpectedMg(), bold));
            table.addCell(number(count.totalCountedMg(), bold));
            table.addCell(number(count.totalCountedMg().subtract(count.totalExpectedMg()), bold));
            doc.add(table);
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Schedule III: an exact count is not required unless a container holds more than 1,000 units"
                    + " (DEA, 21 CFR 1304.11). Keep this record for at least 2 years.", body));
            doc.add(new Paragraph("\n\nSignature: ______________________________     Signature: ______________________________", body));
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("The inventory PDF could not be written", e);
        }
    }

    /** A ledger as PDF or CSV: one vial ({@code vial}), one lot ({@code lot}), one patient ({@code patient}), or losses ({@code losses}). */
    private void ledger(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.List<RegisterRows.EntryRow> rows;
        String title;
        try {
            if (request.getParameter("vial") != null) {
                rows = register.ledger(UUID.fromString(request.getParameter("vial")));
                title = "Vial ledger " + (rows.isEmpty() ? "" : rows.get(0).vialLabel());
            } else if (request.getParameter("lot") != null) {
                rows = register.lotLedger(request.getParameter("lot"));
                title = "Lot ledger " + request.getParameter("lot");
            } else if (request.getParameter("patient") != null) {
                rows = register.administrations(UUID.fromString(request.getParameter("patient")));
                title = "Ketamine administrations for patient " + request.getParameter("patient");
            } else if (request.getParameter("losses") != null) {
                rows = register.removals();
                title = "Losses, thefts and disposals (data for DEA Form 106 and DEA-41)";
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name a count, vial, lot, patient or losses");
                return;
            }
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a valid id");
            return;
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        String[] head = {"Entry", "When", "Vial", "NDC", "Product", "Lot", "What", "Drawn mg", "Given mg", "Wasted mg", "Change mg", "Balance mg", "By", "Witness", "Reason"};
        java.util.function.Function<RegisterRows.EntryRow, String[]> cells = e -> new String[] {Long.toString(e.id()),
                WHEN.format(e.at().atZone(ZoneId.systemDefault())), e.vialLabel(), e.ndc(), e.product(), e.lot(), e.kind().toLowerCase(), opt(e.drawnMg()), opt(e.administeredMg()),
                opt(e.wastedMg()), plain(e.changeMg()), plain(e.balanceAfterMg()), e.byUser(), e.witness() == null ? "" : e.witness(),
                e.reason() == null ? "" : e.reason()};
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"ketamine-register.csv\"");
            PrintWriter out = response.getWriter();
            out.println(String.join(",", head).toLowerCase().replace(' ', '_'));
            for (RegisterRows.EntryRow e : rows) {
                out.println(java.util.Arrays.stream(cells.apply(e)).map(InventoryReportServlet::csv).collect(java.util.stream.Collectors.joining(",")));
            }
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"ketamine-register.pdf\"");
        try {
            Document doc = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(doc, response.getOutputStream());
            doc.open();
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            doc.add(new Paragraph(title + " — ketamine (Schedule III)", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(new Paragraph(rows.size() + " entries. Entries are never edited; corrections are entries of their own.", body));
            doc.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {0.8f, 1.8f, 1.6f, 1.7f, 2.2f, 1.2f, 1.1f, 0.9f, 0.9f, 0.9f, 0.9f, 1, 1.1f, 1.3f, 2.6f});
            table.setWidthPercentage(100);
            for (String h : head) {
                table.addCell(new PdfPCell(new Phrase(h, bold)));
            }
            for (RegisterRows.EntryRow e : rows) {
                for (String c : cells.apply(e)) {
                    table.addCell(new Phrase(c, body));
                }
            }
            doc.add(table);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("The register PDF could not be written", e);
        }
    }

    private static String opt(BigDecimal value) {
        return value == null ? "" : plain(value);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String label(String kind) {
        return kind.startsWith("BIENNIAL") ? "Biennial inventory" : "Shift count";
    }

    private static PdfPCell number(BigDecimal value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(plain(value), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
