package com.clinicsuite.web.billing;

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

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A billing document as a PDF: a letterhead (the clinic's billing identity), a title, lines of text, one table with
 * a header row, and closing notes. Invoices, statements, superbills, estimates and reports are all this shape.
 */
final class TablePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private TablePdf() {
    }

    /** The parts of one document. {@code numeric} marks right-aligned columns; a row whose first cell starts with "Total" is bold. */
    record Spec(List<String> letterhead, String title, List<String> intro, List<String> headers, boolean[] numeric, List<List<String>> rows,
                List<String> notes, byte[] logo) {

        Spec(List<String> letterhead, String title, List<String> intro, List<String> headers, boolean[] numeric, List<List<String>> rows,
             List<String> notes) {
            this(letterhead, title, intro, headers, numeric, rows, notes, null);
        }

        /** The same document with the clinic's logo above the letterhead. */
        Spec withLogo(byte[] image) {
            return new Spec(letterhead, title, intro, headers, numeric, rows, notes, image);
        }
    }

    static byte[] render(Spec s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(s.headers().size() > 6 ? PageSize.LETTER.rotate() : PageSize.LETTER, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            if (s.logo() != null) {
                com.lowagie.text.Image logo = com.lowagie.text.Image.getInstance(s.logo());
                logo.scaleToFit(160, 48);
                doc.add(logo);
            }
            for (int i = 0; i < s.letterhead().size(); i++) {
                doc.add(new Paragraph(s.letterhead().get(i), i == 0 ? BOLD : SMALL));
            }
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(s.title(), TITLE));
            for (String line : s.intro()) {
                doc.add(new Paragraph(line, BODY));
            }
            doc.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(s.headers().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : s.headers()) {
                PdfPCell c = new PdfPCell(new Phrase(h, BOLD));
                c.setGrayFill(0.9f);
                table.addCell(c);
            }
            if (s.rows().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("Nothing to show for this period.", BODY));
                none.setColspan(s.headers().size());
                table.addCell(none);
            }
            for (List<String> row : s.rows()) {
                boolean total = !row.isEmpty() && row.get(0) != null && row.get(0).startsWith("Total");
                for (int i = 0; i < row.size(); i++) {
                    PdfPCell c = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), total ? BOLD : BODY));
                    if (s.numeric() != null && i < s.numeric().length && s.numeric()[i]) {
                        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(c);
                }
            }
            doc.add(table);
            doc.add(new Paragraph(" "));
            for (String n : s.notes()) {
                doc.add(new Paragraph(n, SMALL));
            }
            doc.close();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The same table as CSV (RFC 4180 quoting; cells starting with = + - @ are prefixed so spreadsheets do not run them). */
    static String csv(List<String> headers, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", headers.stream().map(TablePdf::cell).toList())).append("\r\n");
        for (List<String> r : rows) {
            b.append(String.join(",", r.stream().map(TablePdf::cell).toList())).append("\r\n");
        }
        return b.toString();
    }

    private static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0 || s.startsWith("-") && !s.matches("^-\\d+(\\.\\d+)?$")) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
