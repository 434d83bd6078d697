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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing end to end against the real servers: charges captured when a visit is signed (with the register's NDC and
 * JW for a Medicare patient; a package session for a package holder), payments posted exactly once under concurrency,
 * gap-free invoice numbers under concurrency, an 837P batch that an independent X12 parser accepts, remittance moving
 * the patient's share to an invoice, AR aging adding up, and who may do what.
 */
class BillingIT {

    static final String MEDICARE = "06102";
    static final String AETNA = "60054";

    static String insured(String patientId, String payerId, String member) {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients/" + patientId + "/insurance", "{\"priority\":\"PRIMARY\",\"payerName\":\"Payer "
                + payerId + "\",\"payerId\":\"" + payerId + "\",\"memberId\":\"" + member + "\",\"groupNumber\":\"G-1\",\"subscriberName\":\"Self\","
                + "\"relationship\":\"SELF\",\"effectiveFrom\":\"2020-01-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return patientId;
    }

    /** A co-signed 60-minute infusion documented afterwards, drawing 100 mg from a single-dose vial: 40 mg given, 60 mg wasted. */
    static String signedInfusion(String patientId) throws Exception {
        return pastInfusion(patientId, "[[130,84,80,97,14,1,6]]").get("id").asText();
    }

    /** The same, with the given flowsheet readings (systolic, diastolic, HR, SpO2, RR, sedation, NRS); returns the co-signed visit. */
    static JsonNode pastInfusion(String patientId, String readings) throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String physicianId = PlanIT.provider("b-md-" + s, "Dr Billing " + s, "PHYSICIAN");
        String nurseId = PlanIT.provider("b-rn-" + s, "Nurse Billing " + s, "NURSE");
        String chairId = PlanIT.resource("Billing chair " + s, "INFUSION_CHAIR");
        JsonNode plan = PlanIT.signedIvPlan(patientId, physicianId, 6);
        LocalDate past = LocalDate.now().minusWeeks(1 + System.nanoTime() % 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        JsonNode appt = PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/history", "[{\"patientId\":\"" + patientId
                + "\",\"providerId\":\"" + nurseId + "\",\"resourceId\":\"" + chairId + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + past
                + "T09:00\",\"planId\":\"" + plan.get("id").asText() + "\",\"status\":\"COMPLETED\"}]")).get(0);
        JsonNode vial = singleDoseVial();
        HttpResponse<String> ok = Suite.post("nurse", "/api/visits/infusions/history", "{\"appointmentId\":\"" + appt.get("id").asText()
                + "\",\"weightKg\":80,\"concentrationMgPerMl\":1,\"escortName\":\"Sam\",\"escortPhone\":\"(555) 300-1000\","
                + "\"baseline\":[128,82,72,98,14,0,7],\"readings\":" + readings + ",\"post\":[126,80,74,98,14,0,4],\"administeredMg\":40,"
                + "\"confirmer\":\"physician\",\"confirmerPassword\":\"demo\",\"cosigner\":\"physician\",\"cosignerPassword\":\"demo\","
                + "\"vialId\":\"" + vial.get("id").asText() + "\",\"drawnMg\":100,\"wastedMg\":60,\"witness\":\"physician\",\"witnessPassword\":\"demo\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        return Suite.json(ok.body());
    }

    static JsonNode singleDoseVial() {
        String lot = "B" + Long.toString(System.nanoTime(), 36).toUpperCase();
        HttpResponse<String> r = Suite.post("nurse", "/api/register/receipts", "{\"supplier\":\"Henry Schein\",\"invoiceNumber\":\"INV-" + lot
                + "\",\"invoiceDate\":\"" + LocalDate.now() + "\",\"ndc\":\"42023-0113-10\",\"product\":\"Ketamine HCl 50 mg/mL, 2 mL\","
                + "\"concentrationMgPerMl\":50,\"vialVolumeMl\":2,\"singleDose\":true,\"lot\":\"" + lot + "\",\"expiresOn\":\""
                + LocalDate.now().plusYears(1) + "\",\"vials\":1}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        for (JsonNode v : Suite.json(Suite.get("nurse", "/api/register/vials").body())) {
            if (v.get("lot").asText().equals(lot)) {
                return v;
            }
        }
        throw new AssertionError("vial of lot " + lot + " not found");
    }

    static List<String> describe(JsonNode charges) {
        List<String> out = new ArrayList<>();
        charges.forEach(c -> out.add(c.get("code").asText() + (c.get("modifiers").isEmpty() ? "" : "-" + c.get("modifiers").get(0).asText())
                + " ×" + c.get("units").asInt() + (c.hasNonNull("drugQuantity") ? " " + c.get("drugQuantity").decimalValue().stripTrailingZeros()
                .toPlainString() + " mL" : "") + " " + c.get("route").asText() + " " + c.get("amount").decimalValue().setScale(2).toPlainString()));
        return out;
    }

    @Test
    void aSignedInfusion_forAMedicarePatient_becomesTheAdministrationCode_andJ3490WithTheNdc_andTheWasteOnAJwLine() throws Exception {
        String patient = insured(PlanIT.eligiblePatient(), MEDICARE, "1EG4TE5MK73");
        String visit = signedInfusion(patient);
        JsonNode charges = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body());
        assertThat(describe(charges)).containsExactly(
                "96365 ×1 INSURANCE 250.00",
                "J3490 ×1 0.8 mL INSURANCE 9.60",
                "J3490-JW ×1 1.2 mL INSURANCE 14.40");
        assertThat(charges.findValuesAsText("ndc")).containsExactly("42023-0113-10", "42023-0113-10");
        assertThat(charges.get(0).get("diagnoses").get(0).asText()).isEqualTo("G90.512");
        assertThat(charges.findValuesAsText("status")).containsOnly("REVIEW");
        // a clinician signs visits but never sees the charges
        assertThat(Suite.get("physician", "/api/billing/visits/" + visit + "/charges").statusCode()).isEqualTo(403);
    }

    @Test
    void aPackageHolder_drawsOneSession_insteadOfTheFee() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String product = Suite.json(Suite.get("frontdesk", "/api/billing/packages").body()).get(0).get("id").asText();
        HttpResponse<String> sold = Suite.post("frontdesk", "/api/billing/accounts/" + patient + "/packages?product=" + product, "");
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(201);
        String visit = signedInfusion(patient);
        JsonNode charges = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body());
        assertThat(charges.findValuesAsText("route")).containsOnly("PACKAGE");
        JsonNode packages = Suite.json(Suite.get("nurse", "/api/billing/accounts/" + patient + "/packages").body());
        assertThat(packages.get(0).get("used").asInt()).isEqualTo(1);
        assertThat(packages.get(0).get("remaining").asInt()).isEqualTo(5);
        JsonNode account = Suite.json(Suite.get("frontdesk", "/api/billing/accounts/" + patient).body());
        assertThat(account.get("ledger").findValuesAsText("description")).anyMatch(d -> d.contains("session 1 of 6 used"));
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("2400.00");
    }

    @Test
    void tenConcurrentIdenticalPayments_areRecordedOnce() throws Exception {
        String patient = PlanIT.patient();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<HttpResponse<String>> post = () -> Suite.postWithHeader("frontdesk", "/api/billing/accounts/" + patient + "/payments",
                        "Idempotency-Key", key, "{\"method\":\"CASH\",\"amount\":75.00}");
                posts.add(pool.submit(post));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> f : posts) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                ids.add(Suite.json(r.body()).get("id").asText());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = Suite.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT count(*), (SELECT sum(amount) FROM billing.ledger_entry WHERE patient_id = '" + patient + "') FROM billing.payment WHERE idempotency_key = '" + key + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("-75.00");
        }
        JsonNode account = Suite.json(Suite.get("frontdesk", "/api/billing/accounts/" + patient).body());
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("-75.00");
        assertThat(account.get("credit").decimalValue()).isEqualByComparingTo("75.00");
    }

    @Test
    void invoiceNumbers_haveNoGaps_whenPackagesAreSoldConcurrently() throws Exception {
        String product = Suite.json(Suite.get("frontdesk", "/api/billing/packages").body()).get(0).get("id").asText();
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            patients.add(PlanIT.patient());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> sales = new ArrayList<>();
            for (String p : patients) {
                sales.add(pool.submit(() -> Suite.post("frontdesk", "/api/billing/accounts/" + p + "/packages?product=" + product, "")));
            }
            for (Future<HttpResponse<String>> f : sales) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = Suite.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT count(*), count(DISTINCT number), min(number), max(number) FROM billing.invoice WHERE number IS NOT NULL")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(3)).isEqualTo(1);
            assertThat(rs.getLong(4)).as("numbers 1..n without a gap").isEqualTo(rs.getLong(1));
        }
    }

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
    void aNewPrice_startsOnItsDate_keepsTheHistory_andNeverChangesAChargeAlreadyMade() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String visit = signedInfusion(patient);
        JsonNode before = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body()).get(0);
        String code = before.get("code").asText();
        JsonNode current = null;
        for (JsonNode f : Suite.json(Suite.get("billing", "/api/billing/fees").body())) {
            if (f.get("code").asText().equals(code)) {
                current = f;
            }
        }
        assertThat(current).as("a current fee for " + code).isNotNull();
        java.math.BigDecimal raised = current.get("price").decimalValue().add(new java.math.BigDecimal("25.00"));
        LocalDate from = LocalDate.now().plusDays(2);
        assertThat(Suite.post("frontdesk", "/api/billing/fees", "{}").statusCode()).isEqualTo(403);
        PlanIT.ok(Suite.post("billing", "/api/billing/fees", "{\"code\":\"" + code + "\",\"label\":\"" + current.get("label").asText()
                + "\",\"serviceLine\":\"" + current.get("serviceLine").asText() + "\",\"price\":" + raised + ",\"effectiveFrom\":\"" + from + "\"}"));
        JsonNode history = Suite.json(Suite.get("billing", "/api/billing/fees/" + code + "/history").body());
        assertThat(history.findValuesAsText("effectiveFrom")).contains(from.toString(), current.get("effectiveFrom").asText());
        assertThat(history.findValues("price").stream().map(JsonNode::decimalValue).toList()).anySatisfy(p -> assertThat(p).isEqualByComparingTo(raised));
        JsonNode after = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body()).get(0);
        assertThat(after.get("amount").decimalValue()).as("the charge keeps its price").isEqualByComparingTo(before.get("amount").decimalValue());
        assertThat(Suite.get("frontdesk", "/api/billing/fees/" + code + "/history").statusCode()).isEqualTo(403);
    }

    @Test
    void billingVoidsAChargeInReview_withAReason_andTheVoidIsAudited() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String visit = signedInfusion(patient);
        JsonNode charge = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body()).get(0);
        String path = "/api/billing/charges/" + charge.get("id").asText() + "/void?version=" + charge.get("version").asLong();
        assertThat(Suite.postText("frontdesk", path, "entered twice").statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = Suite.postText("billing", path, " ");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        JsonNode voided = PlanIT.ok(Suite.postText("billing", path, "Entered twice for the same infusion"));
        assertThat(voided.get("status").asText()).isEqualTo("VOID");
        assertThat(AuditIT.count("billing", patient, "billing.charge.void")).isEqualTo(1);
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

    @Test
    void theMonthEndRun_approvesReadyCharges_andInvoicesSelfPayPatients_inTheBackground() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String visit = signedInfusion(patient);
        HttpResponse<String> started = Suite.post("billing", "/api/billing/runs", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(Suite.post("frontdesk", "/api/billing/runs", "").statusCode()).isEqualTo(403);
        String run = Suite.json(started.body()).get("id").asText();
        JsonNode status = null;
        for (int i = 0; i < 240; i++) {
            status = Suite.json(Suite.get("billing", "/api/billing/runs/" + run).body());
            if (status.get("finished").asBoolean()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(status.get("finished").asBoolean()).as(status.toString()).isTrue();
        assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode charges = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body());
        assertThat(charges.findValuesAsText("status")).containsOnly("INVOICED");
        JsonNode account = Suite.json(Suite.get("billing", "/api/billing/accounts/" + patient).body());
        assertThat(account.get("invoices").get(0).get("status").asText()).isEqualTo("ISSUED");
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("259.60");
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
