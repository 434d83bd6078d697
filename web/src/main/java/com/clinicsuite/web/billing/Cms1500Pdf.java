package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.ClaimDocument;
import com.clinicsuite.billing.application.ClaimDocument.Address;
import com.clinicsuite.billing.application.ClaimDocument.BillingProvider;
import com.clinicsuite.billing.application.ClaimDocument.Claim;
import com.clinicsuite.billing.application.ClaimDocument.Line;
import com.clinicsuite.billing.application.ClaimDocument.OtherPayer;
import com.clinicsuite.billing.application.ClaimDocument.Payer;
import com.clinicsuite.billing.application.ClaimDocument.Person;
import com.clinicsuite.billing.application.ClaimDocument.RenderingProvider;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints a {@link ClaimDocument} as CMS-1500 (02/12) health insurance claim forms: the form's box grid with its box
 * numbers and labels, filled in black, on US Letter paper. It is a readable replica for the patient, the chart or a
 * payer that takes paper, not the red-ink original that payers' scanners read.
 *
 * <p>Each claim starts a new form. The form holds six service lines; a claim with more continues on further forms
 * that repeat every other box: box 28 then reads "CONTINUED" and the claim's total is printed on its last form only,
 * and each form says which page of the claim it is.
 *
 * <p>What the forms say mirrors the 837P that {@code X837Writer} writes for the same document: diagnoses without the
 * dot and ICD indicator 0, pointers as letters A–L, the NDC in the shaded top half of a drug line as N4, the 11 digits,
 * the unit and the quantity, signatures on file (boxes 12, 13) and assignment accepted (box 27). The document has no
 * insurance type, so box 1 is marked Group Health Plan, as SBR09 "CI" is in the 837P. A claim to the secondary payer
 * names the primary policy as the other insurance (boxes 9, 9a, 9d) and answers box 11d with YES; otherwise 11d stays
 * blank, since the document does not say whether the patient has other coverage.
 */
public final class Cms1500Pdf {

    /** Service lines one form holds (box 24, lines 1 to 6). */
    static final int LINES_PER_FORM = 6;

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 6.5f);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA, 5.5f);
    private static final Font VALUE = FontFactory.getFont(FontFactory.COURIER, 8.5f);
    private static final Color SHADE = new Color(230, 230, 230);
    private static final float BOX_HEIGHT = 22;
    private static final DateTimeFormatter MM_DD_YY = DateTimeFormatter.ofPattern("MM dd yy", Locale.ROOT);
    private static final DateTimeFormatter MM_DD_YYYY = DateTimeFormatter.ofPattern("MM dd yyyy", Locale.ROOT);
    private static final String CHECKED = "[X] ";
    private static final String UNCHECKED = "[ ] ";

    private Cms1500Pdf() {
    }

    /** One CMS-1500 per claim (more when a claim has over six lines), as a PDF. */
    public static byte[] render(ClaimDocument doc) {
        Objects.requireNonNull(doc, "doc");
        if (doc.claims() == null || doc.claims().isEmpty()) {
            throw new IllegalArgumentException("a claim document needs at least one claim");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.LETTER, 24, 24, 20, 20);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("CMS-1500 claim forms");
            pdf.open();
            boolean firstPage = true;
            for (Claim claim : doc.claims()) {
                List<List<Line>> forms = forms(claim.lines());
                for (int page = 0; page < forms.size(); page++) {
                    if (!firstPage) {
                        pdf.newPage();
                    }
                    firstPage = false;
                    form(pdf, doc, claim, forms.get(page), page + 1, forms.size());
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the CMS-1500 form", e);
        }
        return out.toByteArray();
    }

    /** The claim's lines in groups of six; a claim without lines still gets one (empty) form. */
    private static List<List<Line>> forms(List<Line> lines) {
        List<Line> all = lines == null ? List.of() : lines;
        List<List<Line>> forms = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LINES_PER_FORM) {
            forms.add(all.subList(from, Math.min(all.size(), from + LINES_PER_FORM)));
        }
        if (forms.isEmpty()) {
            forms.add(List.of());
        }
        return forms;
    }

    private static void form(Document pdf, ClaimDocument doc, Claim claim, List<Line> lines, int page, int pages)
            throws DocumentException {
        Person insured = claim.subscriber();
        Person patient = "SELF".equalsIgnoreCase(claim.relationship()) || claim.patient() == null
                ? insured : claim.patient();
        pdf.add(header(doc.payer(), page, pages));
        pdf.add(insuranceType(claim));
        pdf.add(patientAndInsured(claim, patient, insured));
        pdf.add(otherInsuranceAndConditions(claim, insured, doc.payer()));
        pdf.add(signatures());
        pdf.add(datesAndReferral());
        pdf.add(diagnoses(claim));
        pdf.add(serviceLines(claim, lines));
        pdf.add(totals(doc.billingProvider(), claim, page == pages));
        pdf.add(providers(doc, claim));
        pdf.add(footer());
    }

    // ---------------------------------------------------------------- bands of the form, top to bottom

    /** Title on the left, the payer (carrier block) on the right. */
    private static PdfPTable header(Payer payer, int page, int pages) throws DocumentException {
        PdfPTable table = table(55, 45);
        PdfPCell title = borderless(new Phrase());
        title.getPhrase().add(new Chunk("HEALTH INSURANCE CLAIM FORM\n", TITLE));
        title.getPhrase().add(new Chunk("APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12\n", SMALL));
        title.getPhrase().add(new Chunk("PAGE " + page + " OF " + pages, SMALL));
        table.addCell(title);
        String carrier = payer == null ? "" : join("\n", payer.name(), street(payer.address()), cityStateZip(payer.address()));
        PdfPCell carrierBlock = borderless(new Phrase(carrier, VALUE));
        carrierBlock.setMinimumHeight(40);
        table.addCell(carrierBlock);
        return table;
    }

    /** Boxes 1 and 1a. */
    private static PdfPTable insuranceType(Claim claim) throws DocumentException {
        PdfPTable table = table(65, 35);
        String types = UNCHECKED + "MEDICARE  " + UNCHECKED + "MEDICAID  " + UNCHECKED + "TRICARE  " + UNCHECKED
                + "CHAMPVA  " + CHECKED + "GROUP HEALTH PLAN  " + UNCHECKED + "FECA BLK LUNG  " + UNCHECKED + "OTHER";
        table.addCell(box("1.", types));
        table.addCell(box("1a. INSURED'S I.D. NUMBER (For Program in Item 1)", claim.memberId()));
        return table;
    }

    /** Boxes 2 to 8. */
    private static PdfPTable patientAndInsured(Claim claim, Person patient, Person insured) throws DocumentException {
        PdfPTable table = table(40, 25, 35);
        table.addCell(box("2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", name(patient)));
        table.addCell(box("3. PATIENT'S BIRTH DATE (MM DD YYYY)   SEX", birthDateAndSex(patient)));
        table.addCell(box("4. INSURED'S NAME (Last Name, First Name, Middle Initial)", name(insured)));
        table.addCell(box("5. PATIENT'S ADDRESS (No., Street)", street(address(patient))));
        table.addCell(box("6. PATIENT RELATIONSHIP TO INSURED", relationship(claim.relationship())));
        table.addCell(box("7. INSURED'S ADDRESS (No., Street)", street(address(insured))));
        table.addCell(box("CITY / STATE / ZIP CODE", cityStateZip(address(patient))));
        table.addCell(box("8. RESERVED FOR NUCC USE", ""));
        table.addCell(box("CITY / STATE / ZIP CODE", cityStateZip(address(insured))));
        return table;
    }

    /** Boxes 9 to 11d, each column a stack of boxes; 9 to 9d and 11d from the other payer, when there is one. */
    private static PdfPTable otherInsuranceAndConditions(Claim claim, Person insured, Payer payer) throws DocumentException {
        PdfPTable table = table(40, 25, 35);
        OtherPayer other = claim.otherPayer();
        table.addCell(stack(
                box("9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", other == null ? "" : name(other.subscriber())),
                box("a. OTHER INSURED'S POLICY OR GROUP NUMBER", other == null ? "" : other.memberId()),
                box("b. RESERVED FOR NUCC USE", ""),
                box("c. RESERVED FOR NUCC USE", ""),
                box("d. INSURANCE PLAN NAME OR PROGRAM NAME", other == null ? "" : other.payerName())));
        String no = UNCHECKED + "YES  " + CHECKED + "NO";
        table.addCell(stack(
                box("10. IS PATIENT'S CONDITION RELATED TO:", ""),
                box("a. EMPLOYMENT? (Current or Previous)", no),
                box("b. AUTO ACCIDENT?        PLACE (State)", no),
                box("c. OTHER ACCIDENT?", no),
                box("10d. CLAIM CODES (Designated by NUCC)", "")));
        table.addCell(stack(
                box("11. INSURED'S POLICY GROUP OR FECA NUMBER", claim.groupNumber()),
                box("a. INSURED'S DATE OF BIRTH (MM DD YYYY)   SEX", birthDateAndSex(insured)),
                box("b. OTHER CLAIM ID (Designated by NUCC)", ""),
                box("c. INSURANCE PLAN NAME OR PROGRAM NAME", payer == null ? "" : payer.name()),
                box("d. IS THERE ANOTHER HEALTH BENEFIT PLAN?", other == null ? "" : CHECKED + "YES  " + UNCHECKED + "NO")));
        return table;
    }

    /** Boxes 12 and 13. */
    private static PdfPTable signatures() throws DocumentException {
        PdfPTable table = table(65, 35);
        table.addCell(box("12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other "
                + "information necessary to process this claim.", "SIGNED  SIGNATURE ON FILE"));
        table.addCell(box("13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of medical benefits to the "
                + "undersigned physician or supplier.", "SIGNED  SIGNATURE ON FILE"));
        return table;
    }

    /** Boxes 14 to 20, which the clinic's claims leave empty. */
    private static PdfPTable datesAndReferral() throws DocumentException {
        PdfPTable table = table(40, 25, 35);
        table.addCell(box("14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)   QUAL.", ""));
        table.addCell(box("15. OTHER DATE   QUAL.", ""));
        table.addCell(box("16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION  FROM / TO", ""));
        table.addCell(box("17. NAME OF REFERRING PROVIDER OR OTHER SOURCE", ""));
        table.addCell(box("17a.        17b. NPI", ""));
        table.addCell(box("18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES  FROM / TO", ""));
        PdfPCell additional = box("19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)", "");
        additional.setColspan(2);
        table.addCell(additional);
        table.addCell(box("20. OUTSIDE LAB?   $ CHARGES", UNCHECKED + "YES  " + CHECKED + "NO"));
        return table;
    }

    /** Box 21 (A to L, ICD indicator 0), boxes 22 and 23. */
    private static PdfPTable diagnoses(Claim claim) throws DocumentException {
        PdfPTable table = table(65, 35);
        PdfPTable codes = table(25, 25, 25, 25);
        List<String> diagnoses = claim.diagnoses() == null ? List.of() : claim.diagnoses();
        for (int i = 0; i < 12; i++) {
            String code = i < diagnoses.size() ? icd(diagnoses.get(i)) : "";
            PdfPCell cell = borderless(phrase(letter(i + 1) + ". ", LABEL, code, VALUE));
            codes.addCell(cell);
        }
        Paragraph heading = new Paragraph(8, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line "
                + "below (24E)      ICD Ind. ", LABEL);
        heading.add(new Chunk("0", VALUE));
        PdfPCell box21 = new PdfPCell();
        box21.setBorderWidth(0.5f);
        box21.setPadding(2);
        box21.setPaddingTop(0);
        box21.addElement(heading);
        box21.addElement(codes);
        table.addCell(box21);
        String frequency = claim.frequencyCode() == null ? "" : claim.frequencyCode().trim();
        boolean resubmission = frequency.equals("7") || frequency.equals("8");
        table.addCell(stack(
                box("22. RESUBMISSION CODE        ORIGINAL REF. NO.",
                        resubmission ? frequency + "        " + nz(claim.originalPayerClaimNumber()) : ""),
                box("23. PRIOR AUTHORIZATION NUMBER", "")));
        return table;
    }

    /** Box 24: six numbered lines, each with a shaded top half for supplemental information (the NDC). */
    private static PdfPTable serviceLines(Claim claim, List<Line> lines) throws DocumentException {
        PdfPTable table = table(2.5f, 7.5f, 7.5f, 4, 3, 7, 3.5f, 3.5f, 3.5f, 3.5f, 5.5f, 8.5f, 4.5f, 3.5f, 3.5f, 9);
        header(table, "", 1, 2);
        header(table, "24. A. DATE(S) OF SERVICE\nFrom  MM DD YY", 1, 2);
        header(table, "\nTo  MM DD YY", 1, 2);
        header(table, "B. PLACE OF SERVICE", 1, 2);
        header(table, "C. EMG", 1, 2);
        header(table, "D. PROCEDURES, SERVICES, OR SUPPLIES (Explain Unusual Circumstances)", 5, 1);
        header(table, "E. DIAGNOSIS POINTER", 1, 2);
        header(table, "F.\n$ CHARGES", 1, 2);
        header(table, "G. DAYS OR UNITS", 1, 2);
        header(table, "H. EPSDT Family Plan", 1, 2);
        header(table, "I. ID. QUAL.", 1, 2);
        header(table, "J. RENDERING PROVIDER ID. #", 1, 2);
        header(table, "CPT/HCPCS", 1, 1);
        header(table, "MODIFIER", 4, 1);
        String renderingNpi = claim.renderingProvider() == null ? "" : nz(claim.renderingProvider().npi());
        for (int row = 0; row < LINES_PER_FORM; row++) {
            Line line = row < lines.size() ? lines.get(row) : null;
            lineNumber(table, row + 1);
            supplemental(table, line);
            serviceLine(table, claim, line, renderingNpi);
        }
        return table;
    }

    private static void header(PdfPTable table, String label, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(label, LABEL));
        cell.setBorderWidth(0.5f);
        cell.setPadding(1.5f);
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        table.addCell(cell);
    }

    /** The line number spans both halves of a line, as on the form. */
    private static void lineNumber(PdfPTable table, int number) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(number), SMALL));
        cell.setRowspan(2);
        cell.setBorderWidth(0.5f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
    }

    /** Shaded top half: 24A to 24H carry the NDC (N4, 11 digits, unit, quantity); 24I and 24J's other ID stay empty. */
    private static void supplemental(PdfPTable table, Line line) {
        String ndc = line == null || line.ndc() == null || line.ndc().isBlank() ? ""
                : "N4" + ndc(line.ndc()) + " " + nz(line.drugUnit()).toUpperCase(Locale.ROOT)
                + (line.drugQuantity() == null ? "" : plain(line.drugQuantity()));
        PdfPCell info = shaded(ndc);
        info.setColspan(13);
        table.addCell(info);
        table.addCell(shaded(""));
        table.addCell(shaded(""));
    }

    /** Unshaded bottom half: the service itself, NPI qualifier and the rendering provider's NPI. */
    private static void serviceLine(PdfPTable table, Claim claim, Line line, String renderingNpi) {
        if (line == null) {
            for (int column = 0; column < 13; column++) {
                table.addCell(value(""));
            }
            table.addCell(value("NPI"));
            table.addCell(value(""));
            return;
        }
        String date = line.serviceDate() == null ? "" : line.serviceDate().format(MM_DD_YY);
        table.addCell(value(date));
        table.addCell(value(date));
        table.addCell(value(nz(claim.placeOfService())));
        table.addCell(value(""));
        table.addCell(value(nz(line.code()).toUpperCase(Locale.ROOT)));
        List<String> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
        for (int i = 0; i < 4; i++) {
            table.addCell(value(i < modifiers.size() ? nz(modifiers.get(i)).toUpperCase(Locale.ROOT) : ""));
        }
        table.addCell(value(pointerLetters(line.diagnosisPointers())));
        table.addCell(right(value(money(line.charge()))));
        table.addCell(right(value(String.valueOf(line.units()))));
        table.addCell(value(""));
        table.addCell(value("NPI"));
        table.addCell(value(renderingNpi));
    }

    /** Boxes 25 to 30; box 28 holds the total on the claim's last form and "CONTINUED" before it. */
    private static PdfPTable totals(BillingProvider provider, Claim claim, boolean lastForm) throws DocumentException {
        PdfPTable table = table(24, 18, 16, 15, 14, 13);
        table.addCell(box("25. FEDERAL TAX I.D. NUMBER      SSN  EIN",
                ein(provider == null ? null : provider.taxId()) + "  [ ]SSN [X]EIN"));
        table.addCell(box("26. PATIENT'S ACCOUNT NO.", claim.patientControlNumber()));
        table.addCell(box("27. ACCEPT ASSIGNMENT?", CHECKED + "YES " + UNCHECKED + "NO"));
        table.addCell(box("28. TOTAL CHARGE", lastForm ? "$ " + money(claim.totalCharge()) : "CONTINUED"));
        table.addCell(box("29. AMOUNT PAID", ""));
        table.addCell(box("30. Rsvd for NUCC Use", ""));
        return table;
    }

    /** Boxes 31 (signature of the rendering provider), 32 (service facility) and 33 (billing provider). */
    private static PdfPTable providers(ClaimDocument doc, Claim claim) throws DocumentException {
        PdfPTable table = table(30, 35, 35);
        RenderingProvider rendering = claim.renderingProvider();
        String signer = rendering == null ? "SIGNATURE ON FILE" : join(" ", rendering.firstName(), rendering.lastName());
        String date = doc.envelope() == null || doc.envelope().createdAt() == null ? ""
                : doc.envelope().createdAt().toLocalDate().format(MM_DD_YYYY).replace(' ', '/');
        table.addCell(box("31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS (I certify that the "
                + "statements on the reverse apply to this bill and are made a part thereof.)",
                "SIGNED " + signer + "\nDATE   " + date));
        BillingProvider provider = doc.billingProvider();
        String facility = provider == null ? "" : join("\n", provider.legalName(), street(provider.address()),
                cityStateZip(provider.address()));
        String npi = provider == null ? "" : nz(provider.npi());
        String taxonomy = provider == null || provider.taxonomy() == null || provider.taxonomy().isBlank()
                ? "" : "ZZ" + provider.taxonomy();
        table.addCell(stack(box("32. SERVICE FACILITY LOCATION INFORMATION", facility),
                box("a. NPI           b.", npi + "   ")));
        table.addCell(stack(box("33. BILLING PROVIDER INFO & PH #", facility),
                box("a. NPI           b.", npi + "   " + taxonomy)));
        return table;
    }

    private static PdfPTable footer() throws DocumentException {
        PdfPTable table = table(50, 50);
        table.addCell(borderless(new Phrase("NUCC Instruction Manual available at: www.nucc.org", LABEL)));
        PdfPCell form = borderless(new Phrase("PLEASE PRINT OR TYPE      APPROVED OMB-0938-1197 FORM 1500 (02-12)", LABEL));
        form.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(form);
        return table;
    }

    // ---------------------------------------------------------------- cells

    private static PdfPTable table(float... widths) throws DocumentException {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setSplitLate(false);
        return table;
    }

    /** A numbered box: small label on top, the value under it. */
    private static PdfPCell box(String label, String value) {
        PdfPCell cell = new PdfPCell(phrase(label + "\n", LABEL, nz(value), VALUE));
        cell.setBorderWidth(0.5f);
        cell.setPadding(2);
        cell.setPaddingTop(1);
        cell.setMinimumHeight(BOX_HEIGHT);
        return cell;
    }

    /** Boxes stacked in one column of a band. */
    private static PdfPCell stack(PdfPCell... boxes) {
        PdfPTable column = new PdfPTable(1);
        column.setWidthPercentage(100);
        for (PdfPCell box : boxes) {
            column.addCell(box);
        }
        PdfPCell cell = new PdfPCell(column);
        cell.setPadding(0);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell value(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, VALUE));
        cell.setBorderWidth(0.5f);
        cell.setMinimumHeight(13);
        cell.setPadding(1.5f);
        return cell;
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell shaded(String text) {
        PdfPCell cell = value(text);
        cell.setBackgroundColor(SHADE);
        cell.setMinimumHeight(11);
        return cell;
    }

    private static PdfPCell borderless(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        return cell;
    }

    private static Phrase phrase(String first, Font firstFont, String second, Font secondFont) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(first, firstFont));
        phrase.add(new Chunk(second, secondFont));
        return phrase;
    }

    // ---------------------------------------------------------------- values

    private static String name(Person person) {
        if (person == null) {
            return "";
        }
        String last = nz(person.lastName());
        String first = nz(person.firstName());
        return first.isEmpty() ? last : last + ", " + first;
    }

    private static String birthDateAndSex(Person person) {
        if (person == null) {
            return "";
        }
        LocalDate birthDate = person.birthDate();
        String sex = nz(person.sex()).toUpperCase(Locale.ROOT);
        return (birthDate == null ? "" : birthDate.format(MM_DD_YYYY)) + "   "
                + (sex.equals("M") ? CHECKED : UNCHECKED) + "M " + (sex.equals("F") ? CHECKED : UNCHECKED) + "F";
    }

    /** Box 6: Self, Spouse, Child, Other. */
    private static String relationship(String relationship) {
        String value = relationship == null ? "SELF" : relationship.trim().toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String option : List.of("SELF", "SPOUSE", "CHILD", "OTHER")) {
            out.append(option.equals(value) ? CHECKED : UNCHECKED)
                    .append(option.charAt(0)).append(option.substring(1).toLowerCase(Locale.ROOT))
                    .append(option.equals("SPOUSE") ? "\n" : " ");
        }
        return out.toString().trim();
    }

    private static Address address(Person person) {
        return person == null ? null : person.address();
    }

    private static String street(Address address) {
        return address == null ? "" : nz(address.line1());
    }

    private static String cityStateZip(Address address) {
        if (address == null) {
            return "";
        }
        return join(" ", join(", ", address.city(), address.state()), zip(address.zip()));
    }

    /** ZIP or ZIP+4 as 12345-6789. */
    private static String zip(String zip) {
        String digits = nz(zip).replaceAll("\\D", "");
        return digits.length() == 9 ? digits.substring(0, 5) + "-" + digits.substring(5) : nz(zip);
    }

    private static String ein(String taxId) {
        String digits = nz(taxId).replaceAll("\\D", "");
        return digits.length() == 9 ? digits.substring(0, 2) + "-" + digits.substring(2) : nz(taxId);
    }

    /** ICD-10-CM as the form takes it: no dot. */
    private static String icd(String code) {
        return nz(code).replace(".", "").trim().toUpperCase(Locale.ROOT);
    }

    /** 24E: pointers 1 to 12 as the letters A to L of box 21, without separators. */
    private static String pointerLetters(List<Integer> pointers) {
        StringBuilder out = new StringBuilder();
        for (Integer pointer : pointers == null ? List.<Integer>of() : pointers) {
            if (pointer != null && pointer >= 1 && pointer <= 12) {
                out.append(letter(pointer));
            }
        }
        return out.toString();
    }

    private static char letter(int oneBased) {
        return (char) ('A' + oneBased - 1);
    }

    /** The 11-digit NDC; a hyphenated 10-digit form (4-4-2, 5-3-2, 5-4-1) gets its leading zero. */
    private static String ndc(String ndc) {
        String[] parts = ndc.trim().split("-");
        if (parts.length != 3) {
            return ndc.replaceAll("\\D", "");
        }
        return pad(parts[0], 5) + pad(parts[1], 4) + pad(parts[2], 2);
    }

    private static String pad(String digits, int width) {
        String clean = digits.replaceAll("\\D", "");
        return "0".repeat(Math.max(0, width - clean.length())) + clean;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.trim());
            }
        }
        return String.join(separator, present);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
