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
