package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.clinicsuite.it.BillingIT.AETNA;
import static com.clinicsuite.it.BillingIT.describe;
import static com.clinicsuite.it.BillingIT.insured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insurance claims end to end: an insured PT visit becomes an 837P that an independent X12 parser (StAEDI) accepts and
 * a remittance that moves the patient's share (deductible, coinsurance, copay) to an invoice or to the secondary payer
 * with coordination of benefits; answers, replacements and voids; payer AR. Shared claim helpers live here.
 */
class ClaimsIT {

    @Test
    void anInsuredPtVisit_becomesAClaim_whose837pParses_andTheRemittanceMovesThePatientsShareToAnInvoice() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String patient = insured(PlanIT.eligiblePatient(), AETNA, "W" + s.toUpperCase());
        String visit = signedPtVisit(patient, s);
        JsonNode charges = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body());
        assertThat(describe(charges)).containsExactly("97110 ×2 INSURANCE 90.00", "97140 ×1 INSURANCE 46.00");
        for (JsonNode c : charges) {
            PlanIT.ok(Suite.post("billing", "/api/billing/charges/" + c.get("id").asText() + "/approval?version=" + c.get("version").asLong(), ""));
        }
        assertThat(Suite.post("frontdesk", "/api/billing/claims", "").statusCode()).isEqualTo(403);
        JsonNode run = PlanIT.ok(Suite.post("billing", "/api/billing/claims", ""));
        assertThat(run.get("created").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode claim = null;
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/claims?status=DRAFT").body())) {
            if (c.get("patientId").asText().equals(patient)) {
                claim = c;
            }
        }
        assertThat(claim).isNotNull();
        assertThat(claim.get("total").decimalValue()).isEqualByComparingTo("136.00");
        String aetna = null;
        for (JsonNode p : Suite.json(Suite.get("billing", "/api/billing/payers").body())) {
            if (p.get("payerId").asText().equals(AETNA)) {
                aetna = p.get("id").asText();
            }
        }
        JsonNode batch = PlanIT.ok(Suite.post("billing", "/api/billing/payers/" + aetna + "/batches", ""));
        String x12 = Suite.getAccepting("billing", "/api/billing/batches/" + batch.get("id").asText(), "*/*").body();
        assertValid837(x12, batch.get("claims").asInt());
        assertThat(x12).contains("SV1*HC:97110*90*UN*2", "HI*ABK:G90512", "NM1*IL*1*", "W" + s.toUpperCase(), "CLM*" + claim.get("controlNumber").asText() + "*136*");

        JsonNode submitted = null;
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/claims?status=SUBMITTED").body())) {
            if (c.get("id").asText().equals(claim.get("id").asText())) {
                submitted = c;
            }
        }
        assertThat(submitted).isNotNull();
        String remit = "{\"paid\":90.00,\"contractualAdjustment\":26.00,\"carc\":\"CO-45\",\"patientResponsibility\":20.00,\"idempotencyKey\":\"era-" + s + "\"}";
        JsonNode paid = PlanIT.ok(Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/remittance?version="
                + submitted.get("version").asLong(), remit));
        assertThat(paid.get("status").asText()).isEqualTo("PARTLY_PAID");
        // posting the same remittance again changes nothing
        PlanIT.ok(Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/remittance?version=" + submitted.get("version").asLong(), remit));
        JsonNode account = Suite.json(Suite.get("frontdesk", "/api/billing/accounts/" + patient).body());
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(account.get("invoices")).hasSize(1);

        // AR aging: the patient rows add up to every open invoice balance
        BigDecimal agingPatients = BigDecimal.ZERO;
        boolean found = false;
        for (JsonNode row : Suite.json(Suite.get("billing", "/api/billing/reports/aging").body())) {
            if (row.get("kind").asText().equals("PATIENT")) {
                agingPatients = agingPatients.add(row.get("total").decimalValue());
                found |= row.get("total").decimalValue().compareTo(new BigDecimal("20.00")) == 0 && row.get("days0to30").decimalValue().signum() > 0;
            }
        }
        assertThat(found).isTrue();
        try (Connection db = Suite.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT coalesce(sum(total - paid), 0) FROM billing.invoice WHERE status IN ('ISSUED', 'PARTLY_PAID')")) {
            rs.next();
            assertThat(agingPatients).isEqualByComparingTo(rs.getBigDecimal(1));
        }
        // as the report's day moves on from the invoice's issue day, its 20.00 moves bucket by bucket (day 30 is still 0–30, day 31 is 31–60)
        java.time.LocalDate issued = java.time.LocalDate.parse(account.get("invoices").get(0).get("issuedOn").asText());
        Map<Integer, String> bucketOnDay = new java.util.LinkedHashMap<>();
        for (int day : new int[]{30, 31, 60, 61, 90, 91}) {
            for (JsonNode row : Suite.json(Suite.get("billing", "/api/billing/reports/aging?asOf=" + issued.plusDays(day)).body())) {
                if (patient.equals(row.path("id").asText())) {
                    for (String bucket : List.of("days0to30", "days31to60", "days61to90", "over90")) {
                        if (row.get(bucket).decimalValue().compareTo(new BigDecimal("20.00")) == 0) {
                            bucketOnDay.put(day, bucket);
                        }
                    }
                }
            }
        }
        assertThat(bucketOnDay).containsExactly(Map.entry(30, "days0to30"), Map.entry(31, "days31to60"), Map.entry(60, "days31to60"),
                Map.entry(61, "days61to90"), Map.entry(90, "days61to90"), Map.entry(91, "over90"));
    }

    @Test
    void aPrimaryRemittance_sendsThePatientsShareToTheSecondaryPayer_withCoordinationOfBenefits() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String patient = insured(PlanIT.eligiblePatient(), AETNA, "W2" + s.toUpperCase());
        HttpResponse<String> second = Suite.post("frontdesk", "/api/patients/" + patient + "/insurance", "{\"priority\":\"SECONDARY\",\"payerName\":"
                + "\"BCBS IL\",\"payerId\":\"00621\",\"memberId\":\"XOF" + s.toUpperCase() + "\",\"groupNumber\":\"G-2\",\"subscriberName\":\"Self\","
                + "\"relationship\":\"SELF\",\"effectiveFrom\":\"2020-01-01\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode primary = ptClaim(patient, s);
        String aetna = payerRef(AETNA);
        PlanIT.ok(Suite.post("billing", "/api/billing/payers/" + aetna + "/batches", ""));
        primary = claimOf(patient, "PRIMARY");
        HttpResponse<String> badSplit = Suite.post("billing", "/api/billing/claims/" + primary.get("id").asText() + "/remittance?version="
                + primary.get("version").asLong(), "{\"paid\":90.00,\"contractualAdjustment\":26.00,\"carc\":\"CO-45\",\"patientResponsibility\":20.00,"
                + "\"idempotencyKey\":\"bad-" + s + "\",\"deductible\":5.00,\"copay\":10.00}");
        assertThat(badSplit.statusCode()).isEqualTo(422);
        assertThat(badSplit.body()).contains("must equal the patient responsibility", "\"field\":\"deductible\"");
        PlanIT.ok(Suite.post("billing", "/api/billing/claims/" + primary.get("id").asText() + "/remittance?version=" + primary.get("version").asLong(),
                "{\"paid\":90.00,\"contractualAdjustment\":26.00,\"carc\":\"CO-45\",\"patientResponsibility\":20.00,\"idempotencyKey\":\"era1-" + s + "\","
                        + "\"deductible\":5.00,\"copay\":15.00}"));
        JsonNode secondary = claimOf(patient, "SECONDARY");
        assertThat(secondary.get("status").asText()).isEqualTo("DRAFT");
        assertThat(secondary.get("payerName").asText()).contains("Blue Cross");
        assertThat(Suite.json(Suite.get("billing", "/api/billing/accounts/" + patient).body()).get("balance").decimalValue())
                .as("the share waits for the secondary payer").isEqualByComparingTo("0.00");
        JsonNode batch = PlanIT.ok(Suite.post("billing", "/api/billing/payers/" + payerRef("00621") + "/batches", ""));
        String x12 = Suite.getAccepting("billing", "/api/billing/batches/" + batch.get("id").asText(), "*/*").body();
        assertValid837(x12, batch.get("claims").asInt());
        assertThat(x12).contains("SBR*S*18", "AMT*D*90", "CAS*CO*45*26", "NM1*PR*2*Aetna*****PI*60054", "XOF" + s.toUpperCase());
        assertThat(x12).as("the patient's share by reason: deductible PR-1, copay PR-3").contains("CAS*PR*1*5", "*3*15");
        // the payer rows of AR aging hold what each open claim asks of its payer: the secondary only the 20.00 share
        BigDecimal agingPayers = BigDecimal.ZERO;
        for (JsonNode row : Suite.json(Suite.get("billing", "/api/billing/reports/aging").body())) {
            if ("PAYER".equals(row.get("kind").asText())) {
                agingPayers = agingPayers.add(row.get("total").decimalValue());
            }
        }
        try (Connection db = Suite.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT coalesce(sum(coalesce(cob_amount, total)), 0) FROM billing.claim WHERE status IN ('SUBMITTED', 'ACCEPTED')")) {
            rs.next();
            assertThat(agingPayers).isEqualByComparingTo(rs.getBigDecimal(1));
        }
        secondary = claimOf(patient, "SECONDARY");
        HttpResponse<String> wrong = Suite.post("billing", "/api/billing/claims/" + secondary.get("id").asText() + "/remittance?version="
                + secondary.get("version").asLong(), "{\"paid\":15.00,\"contractualAdjustment\":0,\"patientResponsibility\":100.00,\"idempotencyKey\":\"x-" + s + "\"}");
        assertThat(Suite.json(wrong.body()).get("message").asText()).contains("share the primary payer left", "20.00");
        PlanIT.ok(Suite.post("billing", "/api/billing/claims/" + secondary.get("id").asText() + "/remittance?version=" + secondary.get("version").asLong(),
                "{\"paid\":15.00,\"contractualAdjustment\":0,\"patientResponsibility\":5.00,\"idempotencyKey\":\"era2-" + s + "\"}"));
        assertThat(Suite.json(Suite.get("billing", "/api/billing/accounts/" + patient).body()).get("balance").decimalValue()).isEqualByComparingTo("5.00");
    }
    @Test
    void aDeniedClaim_isReplaced_orVoided_andAVoidFreesItsChargesForANewClaim() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String patient = insured(PlanIT.eligiblePatient(), AETNA, "W3" + s.toUpperCase());
        JsonNode claim = ptClaim(patient, s);
        PlanIT.ok(Suite.post("billing", "/api/billing/payers/" + payerRef(AETNA) + "/batches", ""));
        claim = claimOf(patient, "PRIMARY");
        HttpResponse<String> early = Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/void?version=" + claim.get("version").asLong(), "");
        assertThat(early.statusCode()).as("a void needs the payer's claim number").isEqualTo(422);
        claim = PlanIT.ok(Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/acceptance?version=" + claim.get("version").asLong(),
                "{\"payerClaimNumber\":\"AET-" + s + "\"}"));
        assertThat(claim.get("status").asText()).isEqualTo("ACCEPTED");
        HttpResponse<String> noReason = Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/denial?version=" + claim.get("version").asLong(), "{}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Suite.post("frontdesk", "/api/billing/claims/" + claim.get("id").asText() + "/void?version=" + claim.get("version").asLong(), "").statusCode())
                .isEqualTo(403);

        HttpResponse<String> voided = Suite.post("billing", "/api/billing/claims/" + claim.get("id").asText() + "/void?version=" + claim.get("version").asLong(), "");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(201);
        JsonNode voidClaim = Suite.json(voided.body());
        assertThat(voidClaim.get("frequencyCode").asText()).isEqualTo("8");
        String original = claim.get("id").asText();
        JsonNode all = Suite.json(Suite.get("billing", "/api/billing/claims").body());
        for (JsonNode c : all) {
            if (c.get("id").asText().equals(original)) {
                assertThat(c.get("status").asText()).isEqualTo("VOID");
            }
        }
        // the charges are approved again, so the next claim run bills them afresh (frequency 1)
        try (Connection db = Suite.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT count(*) FILTER (WHERE status = 'APPROVED'), count(*) FROM billing.charge WHERE patient_id = '" + patient + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2)).isPositive();
        }
        JsonNode run = PlanIT.ok(Suite.post("billing", "/api/billing/claims", ""));
        int fresh = 0;
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/claims").body())) {
            if (c.get("patientId").asText().equals(patient) && "1".equals(c.get("frequencyCode").asText()) && "DRAFT".equals(c.get("status").asText())) {
                fresh++;
            }
        }
        assertThat(fresh).as(run.toString()).isEqualTo(1);
    }

    /** A signed PT visit (97110 33 min, 97140 8 min, rule of eights) of a signed plan with a CRPS diagnosis; returns the visit id. */
    static String signedPtVisit(String patient, String s) throws Exception {
        String physicianId = PlanIT.provider("s-md-" + s, "Dr Second " + s, "PHYSICIAN");
        JsonNode plan = PlanIT.signedIvPlan(patient, physicianId, 6);
        String pt = PlanIT.provider("s-pt-" + s, "PT Second " + s, "PHYSICAL_THERAPY");
        String gym = PlanIT.resource("Second gym " + s, "PT_ROOM");
        LocalDateTime soon = LocalDateTime.now().plusMinutes(20).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        JsonNode a = PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + pt
                + "\",\"resourceId\":\"" + gym + "\",\"typeCode\":\"PT_VISIT\",\"startsAt\":\"" + soon + "\",\"planId\":\"" + plan.get("id").asText() + "\"}"));
        PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/" + a.get("id").asText() + "/check-in?version=" + a.get("version").asLong(), ""));
        JsonNode v = PlanIT.ok(Suite.post("therapist", "/api/visits/therapy?appointment=" + a.get("id").asText(), ""));
        v = PlanIT.ok(Suite.put("therapist", "/api/visits/therapy/" + v.get("id").asText() + "/pt?version=" + v.get("version").asLong(),
                "{\"subjective\":\"Better\",\"assessment\":\"Improving\",\"unitRule\":\"AMA_RULE_OF_EIGHTS\",\"timedMinutes\":{\"97110\":33,\"97140\":8}}"));
        v = PlanIT.ok(Suite.post("therapist", "/api/visits/therapy/" + v.get("id").asText() + "/signature?version=" + v.get("version").asLong(), ""));
        return v.get("id").asText();
    }

    /** A signed PT visit whose two charges are approved and claimed (draft); returns the primary claim. */
    static JsonNode ptClaim(String patient, String s) throws Exception {
        String visit = signedPtVisit(patient, s);
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body())) {
            PlanIT.ok(Suite.post("billing", "/api/billing/charges/" + c.get("id").asText() + "/approval?version=" + c.get("version").asLong(), ""));
        }
        PlanIT.ok(Suite.post("billing", "/api/billing/claims", ""));
        return claimOf(patient, "PRIMARY");
    }

    static JsonNode claimOf(String patient, String priority) {
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/claims").body())) {
            if (c.get("patientId").asText().equals(patient) && c.get("priority").asText().equals(priority)) {
                return c;
            }
        }
        throw new AssertionError("no " + priority + " claim for " + patient);
    }

    static String payerRef(String payerId) {
        for (JsonNode p : Suite.json(Suite.get("billing", "/api/billing/payers").body())) {
            if (p.get("payerId").asText().equals(payerId)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("payer " + payerId + " not set up");
    }
    /** Reads the file with StAEDI (an independent X12 parser, envelope validation on) and checks counts and control numbers. */
    static void assertValid837(String x12, int claims) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<String> errors = new ArrayList<>();
        int segments = 0;
        int clm = 0;
        String seCount = null;
        boolean inTransaction = false;
        String current = null;
        int element = 0;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        current = reader.getText();
                        element = 0;
                        if ("ST".equals(current)) {
                            inTransaction = true;
                            segments = 0;
                        }
                        if (inTransaction) {
                            segments++;
                        }
                        if ("CLM".equals(current)) {
                            clm++;
                        }
                        if ("SE".equals(current)) {
                            inTransaction = false;
                        }
                    }
                    case ELEMENT_DATA -> {
                        element++;
                        if ("SE".equals(current) && element == 1) {
                            seCount = reader.getText();
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(event + " " + reader.getErrorType() + " at " + current);
                    default -> {
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(seCount).isEqualTo(Integer.toString(segments));
        assertThat(clm).isEqualTo(claims);
    }
}
