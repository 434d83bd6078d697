package com.clinicsuite.billing.application;

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
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes a realistic two-claim batch and reads it back with StAEDI, an independent X12 parser, which also validates
 * the ISA/GS/ST envelope against its built-in X12 control schema (control numbers, SE segment count, GE and IEA counts).
 */
class X837WriterTest {

    private static final LocalDate VISIT = LocalDate.of(2025, 3, 14);
    /** StAEDI logs every unused type of its control schema at INFO; kept referenced so the level sticks. */
    private static final Logger STAEDI_LOG = Logger.getLogger("io.xlate.edi");

    static {
        STAEDI_LOG.setLevel(Level.WARNING);
    }

    @Test
    void theInterchangeParsesWithoutErrorsAndItsEnvelopeIsConsistent() throws Exception {
        Interchange edi = parse(X837Writer.write(document()));

        assertThat(edi.errors).isEmpty();
        assertThat(edi.controlSchemaLoaded).as("StAEDI validated the envelope with its X12 control schema").isTrue();
        assertThat(edi.segments.get(0).tag).isEqualTo("ISA");
        assertThat(edi.segments.get(edi.segments.size() - 1).tag).isEqualTo("IEA");

        Segment isa = edi.first("ISA");
        Segment iea = edi.first("IEA");
        assertThat(isa.element(13)).isEqualTo("000004711");
        assertThat(iea.element(2)).isEqualTo(isa.element(13));
        assertThat(iea.element(1)).isEqualTo(String.valueOf(edi.all("GS").size())).isEqualTo("1");
        assertThat(isa.element(15)).isEqualTo("T");

        Segment gs = edi.first("GS");
        Segment ge = edi.first("GE");
        assertThat(gs.element(1)).isEqualTo("HC");
        assertThat(gs.element(8)).isEqualTo("005010X222A1");
        assertThat(ge.element(2)).isEqualTo(gs.element(6)).isEqualTo("815");
        assertThat(ge.element(1)).isEqualTo(String.valueOf(edi.all("ST").size())).isEqualTo("1");

        Segment st = edi.first("ST");
        Segment se = edi.first("SE");
        assertThat(st.element(1)).isEqualTo("837");
        assertThat(st.element(3)).isEqualTo("005010X222A1");
        assertThat(se.element(2)).isEqualTo(st.element(2)).isEqualTo("0001");
        int segmentsStToSe = edi.segments.indexOf(se) - edi.segments.indexOf(st) + 1;
        assertThat(Integer.parseInt(se.element(1))).isEqualTo(segmentsStToSe);
    }

    @Test
    void everyClaimIsWrittenAndItsTotalIsTheSumOfItsLines() throws Exception {
        ClaimDocument document = document();
        Interchange edi = parse(X837Writer.write(document));

        List<Segment> claims = edi.all("CLM");
        assertThat(claims).hasSize(document.claims().size());
        for (int i = 0; i < claims.size(); i++) {
            int from = edi.segments.indexOf(claims.get(i));
            int to = i + 1 < claims.size() ? edi.segments.indexOf(claims.get(i + 1)) : edi.segments.indexOf(edi.first("SE"));
            BigDecimal lines = edi.segments.subList(from, to).stream()
                    .filter(segment -> segment.tag.equals("SV1"))
                    .map(segment -> new BigDecimal(segment.element(2)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(claims.get(i).element(2))).isEqualByComparingTo(lines);
        }
        assertThat(claims.get(0).element(1)).isEqualTo("PCN-1001");
        assertThat(claims.get(0).element(2)).isEqualTo("275.5");
        assertThat(claims.get(1).element(2)).isEqualTo("530");
    }

    @Test
    void loopsCarryTheDocumentsData() {
        String edi = X837Writer.write(document());

        assertThat(edi).contains(
                "BHT*0019*00*4711*20250314*1630*CH~",
                "NM1*41*2*Relief Clinic LLC*****46*CLINIC01~",
                "PER*IC*Dana Biller*TE*5555550100~",
                "NM1*40*2*Acme Clearinghouse*****46*CLEARHOUSE~",
                "HL*1**20*1~",
                "PRV*BI*PXC*207LP2900X~",
                "NM1*85*2*Relief Clinic LLC*****XX*1234567893~",
                "REF*EI*123456789~",
                // claim 1: the patient is the subscriber
                "HL*2*1*22*0~",
                "SBR*P*18*GRP-77******CI~",
                "NM1*IL*1*Doe*Jane****MI*XYZ123456789~",
                "DMG*D8*19800412*F~",
                "NM1*PR*2*Blue Payer*****PI*BP001~",
                "CLM*PCN-1001*275.5***11:B:1*Y*A*Y*Y~",
                "HI*ABK:M797*ABF:G894~",
                "NM1*82*1*Lee*Sam****XX*1245319599~",
                "LX*1~",
                "SV1*HC:97110*180*UN*2***1:2~",
                "DTP*472*D8*20250314~",
                "SV1*HC:97140:GP*95.5*UN*1***1~",
                // claim 2: the patient is the subscriber's child
                "HL*3*1*22*1~",
                "SBR*P**GRP-77******CI~",
                "HL*4*3*23*0~",
                "PAT*19~",
                "NM1*QC*1*Roe*Timmy~",
                "DMG*D8*20100601*M~",
                "CLM*PCN-1002*530***11:B:1*Y*A*Y*Y~",
                "SV1*HC:96365*350*UN*1***1:2~",
                "SV1*HC:96366*120*UN*1***1~",
                "SV1*HC:J3490*40*UN*1***1~\nDTP*472*D8*20250314~\nLIN**N4*42023011310~\nCTP****2*ML~",
                "SV1*HC:J3490:JW*20*UN*1***1~\nDTP*472*D8*20250314~\nLIN**N4*42023011310~\nCTP****0.5*ML~");
        assertThat(edi.lines().filter(line -> line.startsWith("NM1*IL*1*Roe*Richard****MI*XYZ987654321~"))).hasSize(1);
        // the subscriber who is not the patient gets no DMG: only Jane's and Timmy's
        assertThat(edi.lines().filter(line -> line.startsWith("DMG*"))).hasSize(2);
    }

    @Test
    void theIsaHeaderHasFixedWidthFieldsAndTheDelimiters() {
        String isa = X837Writer.write(document()).lines().findFirst().orElseThrow();

        assertThat(isa).hasSize(106);
        assertThat(isa).isEqualTo("ISA*00*          *00*          *ZZ*CLINIC01       *ZZ*CLEARHOUSE     "
                + "*250314*1630*^*00501*000004711*0*T*:~");
    }

    @Test
    void aReplacementClaimCarriesTheOriginalClaimNumber() throws Exception {
        ClaimDocument original = document();
        Claim first = original.claims().get(0);
        Claim replacement = new Claim(first.patientControlNumber(), first.priority(), first.subscriber(), first.memberId(),
                first.groupNumber(), first.relationship(), first.patient(), first.totalCharge(), first.placeOfService(), "7",
                "PAYER-CLAIM-555", first.diagnoses(), first.renderingProvider(), first.lines(), null);
        String edi = X837Writer.write(withClaims(original, List.of(replacement)));

        assertThat(edi).contains("CLM*PCN-1001*275.5***11:B:7*Y*A*Y*Y~\nREF*F8*PAYER-CLAIM-555~\nHI*");
        assertThat(parse(edi).errors).isEmpty();
    }

    @Test
    void delimitersInFreeTextCannotBreakTheStructure() throws Exception {
        ClaimDocument clean = document();
        Address hostileAddress = new Address("12 Main St ~ Apt 4*B", "Spring:field", "IL", "62701-1234");
        Person hostileSubscriber = new Person("O*Brien~", "Ja^ne\nIEA*1*000000001~", LocalDate.of(1980, 4, 12), "F",
                hostileAddress);
        Claim first = clean.claims().get(0);
        Claim hostile = new Claim("PCN~1001*X", first.priority(), hostileSubscriber, "XYZ*123~", "GRP:77^",
                first.relationship(), null, first.totalCharge(), first.placeOfService(), first.frequencyCode(), null,
                first.diagnoses(), first.renderingProvider(), first.lines(), null);
        Envelope env = clean.envelope();
        Envelope hostileEnvelope = new Envelope(env.senderId(), env.receiverId(), env.interchangeControlNumber(),
                env.groupControlNumber(), env.transactionSetControlNumber(), env.createdAt(), env.usage(),
                "Relief*Clinic~", "Dana:Biller^", "(555) 555-0100", "Acme~Clearinghouse");
        ClaimDocument document = new ClaimDocument(hostileEnvelope, clean.billingProvider(),
                new Payer("Blue*Payer~Inc", "BP001", clean.payer().address()), List.of(hostile, clean.claims().get(1)));

        Interchange cleanEdi = parse(X837Writer.write(clean));
        Interchange hostileEdi = parse(X837Writer.write(document));

        assertThat(hostileEdi.errors).isEmpty();
        assertThat(hostileEdi.segments).extracting(segment -> segment.tag)
                .containsExactlyElementsOf(cleanEdi.segments.stream().map(segment -> segment.tag).toList());
        Segment subscriber = hostileEdi.all("NM1").stream().filter(nm1 -> nm1.element(1).equals("IL")).findFirst().orElseThrow();
        assertThat(subscriber.element(3)).isEqualTo("O Brien");
        assertThat(subscriber.element(4)).isEqualTo("Ja ne IEA 1 000000001");
        assertThat(subscriber.element(9)).isEqualTo("XYZ 123");
        assertThat(hostileEdi.next(subscriber, "N3").element(1)).isEqualTo("12 Main St Apt 4 B");
        assertThat(hostileEdi.next(subscriber, "N4").element(1)).isEqualTo("Spring field");
        assertThat(hostileEdi.next(subscriber, "N4").element(3)).isEqualTo("627011234");
        assertThat(hostileEdi.next(subscriber, "NM1").element(3)).isEqualTo("Blue Payer Inc");
        assertThat(hostileEdi.first("NM1").element(3)).isEqualTo("Relief Clinic");
        assertThat(hostileEdi.first("CLM").element(1)).isEqualTo("PCN 1001 X");
        assertThat(hostileEdi.first("CLM").component(5, 1)).isEqualTo("11");
        assertThat(hostileEdi.first("SBR").element(3)).isEqualTo("GRP 77");
    }

    @Test
    void theParserCatchesABrokenSegmentCount() throws Exception {
        String edi = X837Writer.write(document());
        String se = edi.lines().filter(line -> line.startsWith("SE*")).findFirst().orElseThrow();
        int count = Integer.parseInt(se.split("\\*")[1]);
        String tampered = edi.replace(se, "SE*" + (count - 1) + "*0001~");

        assertThat(parse(tampered).errors).anyMatch(error -> error.startsWith("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
    }

    @Test
    void amountsAreX12DecimalsWithoutExponent() {
        ClaimDocument original = document();
        Claim first = original.claims().get(0);
        Line line = new Line("97110", List.of(), new BigDecimal("1E+2"), 1, VISIT, List.of(1), null, null, null);
        Claim claim = new Claim(first.patientControlNumber(), first.priority(), first.subscriber(), first.memberId(),
                first.groupNumber(), first.relationship(), null, new BigDecimal("100.00"), first.placeOfService(), "1", null,
                first.diagnoses(), first.renderingProvider(), List.of(line), null);

        String edi = X837Writer.write(withClaims(original, List.of(claim)));

        assertThat(edi).contains("CLM*PCN-1001*100***", "SV1*HC:97110*100*UN*1***1~").doesNotContain("E+");
    }

    @Test
    void aTotalThatIsNotTheSumOfTheLinesIsRefused() {
        ClaimDocument original = document();
        Claim first = original.claims().get(0);
        Claim wrong = new Claim(first.patientControlNumber(), first.priority(), first.subscriber(), first.memberId(),
                first.groupNumber(), first.relationship(), null, new BigDecimal("999"), first.placeOfService(), "1", null,
                first.diagnoses(), first.renderingProvider(), first.lines(), null);

        assertThatThrownBy(() -> X837Writer.write(withClaims(original, List.of(wrong))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the sum");
    }

    @Test
    void aDiagnosisPointerBeyondTheDiagnosesIsRefused() {
        ClaimDocument original = document();
        Claim first = original.claims().get(0);
        Line line = new Line("97110", List.of(), new BigDecimal("275.50"), 1, VISIT, List.of(3), null, null, null);
        Claim wrong = new Claim(first.patientControlNumber(), first.priority(), first.subscriber(), first.memberId(),
                first.groupNumber(), first.relationship(), null, first.totalCharge(), first.placeOfService(), "1", null,
                first.diagnoses(), first.renderingProvider(), List.of(line), null);

        assertThatThrownBy(() -> X837Writer.write(withClaims(original, List.of(wrong))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diagnosis pointer 3");
    }

    @Test
    void aSecondaryClaimCarriesThePrimaryPayersAdjudication() throws Exception {
        ClaimDocument original = document();
        ClaimDocument document = withClaims(original, List.of(secondary(), original.claims().get(1)));
        String text = X837Writer.write(document);
        Interchange edi = parse(text);

        assertThat(edi.errors).isEmpty();
        assertThat(edi.controlSchemaLoaded).isTrue();
        Segment isa = edi.first("ISA");
        Segment gs = edi.first("GS");
        Segment st = edi.first("ST");
        Segment se = edi.first("SE");
        assertThat(edi.first("IEA").element(2)).isEqualTo(isa.element(13)).isEqualTo("000004711");
        assertThat(edi.first("IEA").element(1)).isEqualTo("1");
        assertThat(edi.first("GE").element(2)).isEqualTo(gs.element(6)).isEqualTo("815");
        assertThat(edi.first("GE").element(1)).isEqualTo("1");
        assertThat(se.element(2)).isEqualTo(st.element(2)).isEqualTo("0001");
        assertThat(Integer.parseInt(se.element(1))).isEqualTo(edi.segments.indexOf(se) - edi.segments.indexOf(st) + 1);

        Segment claimSbr = edi.first("SBR");
        assertThat(claimSbr.element(1)).isEqualTo("S");
        assertThat(edi.all("AMT")).filteredOn(amt -> amt.element(1).equals("D")).singleElement()
                .satisfies(amt -> assertThat(amt.element(2)).isEqualTo("90"));
        assertThat(edi.all("CAS")).extracting(cas -> cas.element(1) + "-" + cas.element(2) + "-" + cas.element(3))
                .containsExactly("CO-45-26", "PR-2-20");

        Segment clm = edi.first("CLM");
        Segment otherSbr = edi.next(clm, "SBR");
        assertThat(otherSbr.element(1)).isEqualTo("P");
        assertThat(otherSbr.element(2)).isEqualTo("18");
        assertThat(otherSbr.element(9)).isEqualTo("CI");
        Segment otherSubscriber = edi.next(otherSbr, "NM1");
        assertThat(otherSubscriber.element(1)).isEqualTo("IL");
        assertThat(otherSubscriber.element(9)).isEqualTo("ACM555");
        Segment otherPayer = edi.next(otherSubscriber, "NM1");
        assertThat(otherPayer.element(1)).isEqualTo("PR");
        assertThat(otherPayer.element(8)).isEqualTo("PI");
        assertThat(otherPayer.element(9)).isEqualTo("ACME01");
        assertThat(edi.next(otherPayer, "DTP").element(1)).isEqualTo("573");
        // the guide's order: 2300 (HI), 2310B, 2320, 2330A, 2330B, then the first service line
        assertThat(text).contains("HI*ABK:M797*ABF:G894~\nNM1*82*1*Lee*Sam****XX*1245319599~\n"
                + "SBR*P*18*******CI~\nCAS*CO*45*26~\nCAS*PR*2*20~\nAMT*D*90~\nOI***Y***Y~\n"
                + "NM1*IL*1*Doe*Jane****MI*ACM555~\nNM1*PR*2*Acme Health*****PI*ACME01~\nDTP*573*D8*20250402~\nLX*1~");
        // the destination payer stays in 2010BB, and the primary claim of the batch has no 2320
        assertThat(edi.all("NM1")).filteredOn(nm1 -> nm1.element(1).equals("PR"))
                .extracting(nm1 -> nm1.element(9)).containsExactly("BP001", "ACME01", "BP001");
        assertThat(edi.all("SBR")).extracting(sbr -> sbr.element(1)).containsExactly("S", "P", "P");
        assertThat(edi.all("OI")).hasSize(1);
    }

    @Test
    void adjustmentsAreGroupedByGroupCodeSixReasonsToACas() throws Exception {
        Claim secondary = secondary();
        OtherPayer other = secondary.otherPayer();
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            adjustments.add(new Adjustment("co", String.valueOf(45 + i), new BigDecimal("2")));
        }
        adjustments.add(new Adjustment("PR", "2", new BigDecimal("20.00")));
        adjustments.add(new Adjustment("OA", "23", new BigDecimal("-2.00")));
        adjustments.add(new Adjustment("PR", "1", new BigDecimal("14.00")));
        Person richard = new Person("Roe", "Richard", LocalDate.of(1975, 9, 30), "M", null);
        OtherPayer regrouped = new OtherPayer("Acme~Health*", other.payerId(), other.memberId(), richard, "SPOUSE",
                other.paidAmount(), null, adjustments);

        String text = X837Writer.write(withClaims(document(), List.of(withOtherPayer(secondary, regrouped))));

        assertThat(text).contains("SBR*P*01*******CI~\n"
                + "CAS*CO*45*2**46*2**47*2**48*2**49*2**50*2~\nCAS*CO*51*2~\nCAS*PR*2*20**1*14~\nCAS*OA*23*-2~\n"
                + "AMT*D*90~\nOI***Y***Y~\nNM1*IL*1*Roe*Richard****MI*ACM555~\nNM1*PR*2*Acme Health*****PI*ACME01~\nLX*1~");
        assertThat(parse(text).errors).isEmpty();
    }

    @Test
    void anotherPayerOnlyGoesWithASecondaryClaimWhoseAdjudicationBalances() {
        ClaimDocument original = document();
        Claim secondary = secondary();
        OtherPayer other = secondary.otherPayer();
        Claim primary = new Claim(secondary.patientControlNumber(), "PRIMARY", secondary.subscriber(), secondary.memberId(),
                secondary.groupNumber(), secondary.relationship(), null, secondary.totalCharge(), secondary.placeOfService(),
                "1", null, secondary.diagnoses(), secondary.renderingProvider(), secondary.lines(), other);
        OtherPayer unbalanced = new OtherPayer(other.payerName(), other.payerId(), other.memberId(), other.subscriber(),
                other.relationship(), new BigDecimal("100"), other.adjudicatedOn(), other.adjustments());
        OtherPayer unknownGroup = new OtherPayer(other.payerName(), other.payerId(), other.memberId(), other.subscriber(),
                other.relationship(), other.paidAmount(), other.adjudicatedOn(),
                List.of(new Adjustment("XX", "45", new BigDecimal("26")), new Adjustment("PR", "2", new BigDecimal("20"))));

        assertThatThrownBy(() -> X837Writer.write(withClaims(original, List.of(primary))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secondary");
        assertThatThrownBy(() -> X837Writer.write(withClaims(original, List.of(withOtherPayer(secondary, unbalanced)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
        assertThatThrownBy(() -> X837Writer.write(withClaims(original, List.of(withOtherPayer(secondary, unknownGroup)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adjustment group");
    }

    /**
     * Jane Doe's visit billed to Blue Payer as her secondary: Acme Health, her primary, allowed 110 of the 136 charged
     * (CO-45 26), paid 90 and left the deductible (PR-2 20) to her.
     */
    private static Claim secondary() {
        Claim first = document().claims().get(0);
        OtherPayer acme = new OtherPayer("Acme Health", "ACME01", "ACM555", first.subscriber(), "SELF", new BigDecimal("90"),
                LocalDate.of(2025, 4, 2), List.of(new Adjustment("CO", "45", new BigDecimal("26.00")),
                new Adjustment("PR", "2", new BigDecimal("20.00"))));
        return new Claim(first.patientControlNumber(), "SECONDARY", first.subscriber(), first.memberId(),
                first.groupNumber(), first.relationship(), null, new BigDecimal("136.00"), first.placeOfService(), "1", null,
                first.diagnoses(), first.renderingProvider(), List.of(
                new Line("97110", List.of(), new BigDecimal("90.00"), 1, VISIT, List.of(1, 2), null, null, null),
                new Line("97140", List.of("GP"), new BigDecimal("46.00"), 1, VISIT, List.of(1), null, null, null)), acme);
    }

    private static Claim withOtherPayer(Claim claim, OtherPayer otherPayer) {
        return new Claim(claim.patientControlNumber(), claim.priority(), claim.subscriber(), claim.memberId(),
                claim.groupNumber(), claim.relationship(), claim.patient(), claim.totalCharge(), claim.placeOfService(),
                claim.frequencyCode(), claim.originalPayerClaimNumber(), claim.diagnoses(), claim.renderingProvider(),
                claim.lines(), otherPayer);
    }

    // ---------------------------------------------------------------- the document

    /**
     * Two claims to one payer: Jane Doe's physical therapy visit (she is the subscriber), and an infusion for Timmy Roe,
     * the child of subscriber Richard Roe, with the ketamine billed as J3490 with its NDC and the discarded amount on
     * a JW line.
     */
    static ClaimDocument document() {
        Envelope envelope = new Envelope("CLINIC01", "CLEARHOUSE", 4711, 815, "0001",
                LocalDateTime.of(2025, 3, 14, 16, 30), "T", "Relief Clinic LLC", "Dana Biller", "555-555-0100",
                "Acme Clearinghouse");
        BillingProvider provider = new BillingProvider("Relief Clinic LLC", "1234567893", "12-3456789", "207LP2900X",
                new Address("100 Health Way", "Springfield", "IL", "627011234"));
        Payer payer = new Payer("Blue Payer", "BP001", new Address("PO Box 1000", "Chicago", "IL", "60601"));
        RenderingProvider rendering = new RenderingProvider("Lee", "Sam", "1245319599");

        Person jane = new Person("Doe", "Jane", LocalDate.of(1980, 4, 12), "F",
                new Address("5 Elm St", "Springfield", "IL", "62704"));
        Claim therapy = new Claim("PCN-1001", "PRIMARY", jane, "XYZ123456789", "GRP-77", "SELF", null,
                new BigDecimal("275.50"), "11", "1", null, List.of("M79.7", "G89.4"), rendering, List.of(
                new Line("97110", List.of(), new BigDecimal("180.00"), 2, VISIT, List.of(1, 2), null, null, null),
                new Line("97140", List.of("GP"), new BigDecimal("95.50"), 1, VISIT, List.of(1), null, null, null)), null);

        Address roeHome = new Address("9 Oak Ave", "Springfield", "IL", "62702");
        Person richard = new Person("Roe", "Richard", LocalDate.of(1975, 9, 30), "M", roeHome);
        Person timmy = new Person("Roe", "Timmy", LocalDate.of(2010, 6, 1), "M", roeHome);
        Claim infusion = new Claim("PCN-1002", "PRIMARY", richard, "XYZ987654321", "GRP-77", "CHILD", timmy,
                new BigDecimal("530.00"), "11", "1", null, List.of("G90.521", "G89.4"), rendering, List.of(
                new Line("96365", List.of(), new BigDecimal("350.00"), 1, VISIT, List.of(1, 2), null, null, null),
                new Line("96366", List.of(), new BigDecimal("120.00"), 1, VISIT, List.of(1), null, null, null),
                new Line("J3490", List.of(), new BigDecimal("40.00"), 1, VISIT, List.of(1), "42023-0113-10",
                        new BigDecimal("2"), "ML"),
                new Line("J3490", List.of("JW"), new BigDecimal("20.00"), 1, VISIT, List.of(1), "42023-0113-10",
                        new BigDecimal("0.50"), "ML")), null);

        return new ClaimDocument(envelope, provider, payer, List.of(therapy, infusion));
    }

    private static ClaimDocument withClaims(ClaimDocument document, List<Claim> claims) {
        return new ClaimDocument(document.envelope(), document.billingProvider(), document.payer(), claims);
    }

    // ---------------------------------------------------------------- reading back with StAEDI

    /** One segment as StAEDI reported it: element position to component position to value. */
    private static final class Segment {
        final String tag;
        final Map<Integer, Map<Integer, String>> elements = new TreeMap<>();

        Segment(String tag) {
            this.tag = tag;
        }

        /** The element's value, or its first component for a composite; "" when absent. */
        String element(int position) {
            return component(position, 1);
        }

        String component(int position, int component) {
            Map<Integer, String> components = elements.getOrDefault(position, Map.of());
            return components.getOrDefault(component, "");
        }
    }

    private static final class Interchange {
        final List<Segment> segments = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        boolean controlSchemaLoaded;

        List<Segment> all(String tag) {
            return segments.stream().filter(segment -> segment.tag.equals(tag)).toList();
        }

        /** The first {@code tag} segment after {@code segment}. */
        Segment next(Segment segment, String tag) {
            return segments.subList(segments.indexOf(segment) + 1, segments.size()).stream()
                    .filter(candidate -> candidate.tag.equals(tag)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + tag + " after " + segment.tag));
        }

        Segment first(String tag) {
            return all(tag).stream().findFirst().orElseThrow(() -> new AssertionError("no " + tag + " segment"));
        }
    }

    private static Interchange parse(String edi) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        Interchange result = new Interchange();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)))) {
            Segment current = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_GROUP -> result.controlSchemaLoaded = reader.getControlSchema() != null;
                    case START_SEGMENT -> {
                        current = new Segment(reader.getText());
                        result.segments.add(current);
                    }
                    case ELEMENT_DATA -> {
                        Location location = reader.getLocation();
                        int component = Math.max(1, location.getComponentPosition());
                        current.elements.computeIfAbsent(location.getElementPosition(), position -> new TreeMap<>())
                                .put(component, reader.getText());
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> result.errors.add(
                            reader.getErrorType() + " in " + reader.getLocation().getSegmentTag()
                                    + " at segment " + reader.getLocation().getSegmentPosition());
                    default -> {
                    }
                }
            }
        }
        return result;
    }
}
