package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.ClaimDocument;
import com.clinicsuite.billing.application.ClaimDocument.Address;
import com.clinicsuite.billing.application.ClaimDocument.Adjustment;
import com.clinicsuite.billing.application.ClaimDocument.BillingProvider;
import com.clinicsuite.billing.application.ClaimDocument.Claim;
import com.clinicsuite.billing.application.ClaimDocument.Envelope;
import com.clinicsuite.billing.application.ClaimDocument.Line;
import com.clinicsuite.billing.application.ClaimDocument.OtherPayer;
import com.clinicsuite.billing.application.ClaimDocument.Payer;
import com.clinicsuite.billing.application.ClaimDocument.Person;
import com.clinicsuite.billing.application.ClaimDocument.RenderingProvider;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders claims as CMS-1500 forms and reads the text back with OpenPDF's own text extractor. */
class Cms1500PdfTest {

    private static final LocalDate VISIT = LocalDate.of(2025, 3, 14);

    @Test
    void eachClaimGetsAFormWithItsBoxesFilledIn() throws Exception {
        List<String> pages = pages(Cms1500Pdf.render(document(List.of(therapy(), infusion()))));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("HEALTH INSURANCE CLAIM FORM", "1a. INSURED'S I.D. NUMBER", "XYZ123456789",
                "Doe, Jane", "97110", "97140", "GP", "M797", "G894", "AB", "180.00", "$ 275.50", "PCN-1001", "12-3456789",
                "1234567893", "1245319599", "Relief Clinic LLC", "Blue Payer", "GRP-77");
        assertThat(pages.get(1)).contains("XYZ987654321", "Roe, Timmy", "Roe, Richard", "[X] Child", "96365", "J3490",
                "JW", "N442023011310 ML2", "N442023011310 ML0.5", "G90521", "$ 530.00");
    }

    @Test
    void aClaimWithMoreThanSixLinesContinuesOnAnotherForm() throws Exception {
        Claim therapy = therapy();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(new Line(i == 7 ? "97530" : "97110", List.of("GP"), new BigDecimal("50"), 1, VISIT.plusDays(i),
                    List.of(1), null, null, null));
        }
        Claim longClaim = new Claim(therapy.patientControlNumber(), therapy.priority(), therapy.subscriber(), therapy.memberId(),
                therapy.groupNumber(), therapy.relationship(), null, new BigDecimal("400"), therapy.placeOfService(), "1",
                null, therapy.diagnoses(), therapy.renderingProvider(), lines, null);

        List<String> pages = pages(Cms1500Pdf.render(document(List.of(longClaim))));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("PAGE 1 OF 2", "CONTINUED", "XYZ123456789", "03 19 25").doesNotContain("400.00", "97530");
        assertThat(pages.get(1)).contains("PAGE 2 OF 2", "$ 400.00", "XYZ123456789", "97530", "03 21 25")
                .doesNotContain("CONTINUED");
    }

    @Test
    void aSecondaryClaimNamesThePrimaryPolicyAsTheOtherInsurance() throws Exception {
        Claim therapy = therapy();
        Person richard = new Person("Roe", "Richard", LocalDate.of(1975, 9, 30), "M", null);
        OtherPayer acme = new OtherPayer("Acme Health", "ACME01", "ACM555", richard, "SPOUSE", new BigDecimal("200"),
                LocalDate.of(2025, 4, 2), List.of(new Adjustment("CO", "45", new BigDecimal("75.50"))));
        Claim secondary = new Claim(therapy.patientControlNumber(), "SECONDARY", therapy.subscriber(), therapy.memberId(),
                therapy.groupNumber(), therapy.relationship(), null, therapy.totalCharge(), therapy.placeOfService(), "1",
                null, therapy.diagnoses(), therapy.renderingProvider(), therapy.lines(), acme);

        List<String> pages = pages(Cms1500Pdf.render(document(List.of(secondary, therapy))));

        assertThat(pages).hasSize(2);
        assertThat(between(pages.get(0), "9. OTHER INSURED'S NAME", "10. IS PATIENT'S CONDITION"))
                .contains("Roe, Richard", "ACM555", "Acme Health");
        assertThat(between(pages.get(0), "ANOTHER HEALTH BENEFIT PLAN?", "12. PATIENT'S")).contains("[X] YES  [ ] NO");
        assertThat(pages.get(0)).contains("Doe, Jane", "XYZ123456789", "Blue Payer");
        assertThat(pages.get(1)).doesNotContain("Roe, Richard", "ACM555", "Acme Health");
        assertThat(between(pages.get(1), "ANOTHER HEALTH BENEFIT PLAN?", "12. PATIENT'S")).isBlank();
    }

    /** The text of a page between two labels of the form. */
    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        int end = page.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return page.substring(start + from.length(), end);
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        }
    }

    private static ClaimDocument document(List<Claim> claims) {
        Envelope envelope = new Envelope("CLINIC01", "CLEARHOUSE", 4711, 815, "0001",
                LocalDateTime.of(2025, 3, 14, 16, 30), "T", "Relief Clinic LLC", "Dana Biller", "555-555-0100",
                "Acme Clearinghouse");
        BillingProvider provider = new BillingProvider("Relief Clinic LLC", "1234567893", "123456789", "207LP2900X",
                new Address("100 Health Way", "Springfield", "IL", "627011234"));
        Payer payer = new Payer("Blue Payer", "BP001", new Address("PO Box 1000", "Chicago", "IL", "60601"));
        return new ClaimDocument(envelope, provider, payer, claims);
    }

    private static Claim therapy() {
        Person jane = new Person("Doe", "Jane", LocalDate.of(1980, 4, 12), "F",
                new Address("5 Elm St", "Springfield", "IL", "62704"));
        return new Claim("PCN-1001", "PRIMARY", jane, "XYZ123456789", "GRP-77", "SELF", null,
                new BigDecimal("275.50"), "11", "1", null, List.of("M79.7", "G89.4"), rendering(), List.of(
                new Line("97110", List.of(), new BigDecimal("180.00"), 2, VISIT, List.of(1, 2), null, null, null),
                new Line("97140", List.of("GP"), new BigDecimal("95.50"), 1, VISIT, List.of(1), null, null, null)), null);
    }

    private static Claim infusion() {
        Address home = new Address("9 Oak Ave", "Springfield", "IL", "62702");
        Person richard = new Person("Roe", "Richard", LocalDate.of(1975, 9, 30), "M", home);
        Person timmy = new Person("Roe", "Timmy", LocalDate.of(2010, 6, 1), "M", home);
        return new Claim("PCN-1002", "PRIMARY", richard, "XYZ987654321", "GRP-77", "CHILD", timmy,
                new BigDecimal("530.00"), "11", "1", null, List.of("G90.521", "G89.4"), rendering(), List.of(
                new Line("96365", List.of(), new BigDecimal("350.00"), 1, VISIT, List.of(1, 2), null, null, null),
                new Line("96366", List.of(), new BigDecimal("120.00"), 1, VISIT, List.of(1), null, null, null),
                new Line("J3490", List.of(), new BigDecimal("40.00"), 1, VISIT, List.of(1), "42023-0113-10",
                        new BigDecimal("2"), "ML"),
                new Line("J3490", List.of("JW"), new BigDecimal("20.00"), 1, VISIT, List.of(1), "42023-0113-10",
                        new BigDecimal("0.50"), "ML")), null);
    }

    private static RenderingProvider rendering() {
        return new RenderingProvider("Lee", "Sam", "1245319599");
    }
}
