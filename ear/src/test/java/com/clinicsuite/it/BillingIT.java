package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * gap-free invoice numbers under concurrency, fee history, charge voids, the month-end run, and who may do what.
 * Claims (837P, remittances, secondary payers, answers) are in {@link ClaimsIT}.
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
    void theMonthEndRun_approvesReadyCharges_andInvoicesSelfPayPatients_inTheBackground() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String visit = signedInfusion(patient);
        HttpResponse<String> started = Suite.post("billing", "/api/billing/runs", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(Suite.post("frontdesk", "/api/billing/runs", "").statusCode()).isEqualTo(403);
        JsonNode status = finished(Suite.json(started.body()).get("id").asText());
        assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode charges = Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body());
        assertThat(charges.findValuesAsText("status")).containsOnly("INVOICED");
        JsonNode account = Suite.json(Suite.get("billing", "/api/billing/accounts/" + patient).body());
        assertThat(account.get("invoices").get(0).get("status").asText()).isEqualTo("ISSUED");
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("259.60");
        // the approvals are audited, every charge named (several to a row)
        String approved = String.join("; ", AuditIT.details("billing", patient, "billing.charge.approve"));
        for (JsonNode c : charges) {
            assertThat(approved).contains(c.get("code").asText() + " ×" + c.get("units").asInt() + " at ");
        }
    }

    @Test
    void theMonthEndRun_billsPatientsInBatches_butAProblemStopsOnlyThatPatient() throws Exception {
        String ready = PlanIT.eligiblePatient();
        String readyVisit = signedInfusion(ready);
        String broken = PlanIT.eligiblePatient();
        String brokenVisit = signedInfusion(broken);
        JsonNode charge = Suite.json(Suite.get("billing", "/api/billing/visits/" + brokenVisit + "/charges").body()).get(0);
        PlanIT.ok(Suite.post("billing", "/api/billing/charges/" + charge.get("id").asText() + "/correction", "{\"version\":"
                + charge.get("version").asLong() + ",\"code\":\"" + charge.get("code").asText() + "\",\"units\":" + charge.get("units").asInt()
                + ",\"unitPrice\":0,\"reason\":\"Price to be confirmed\"}"));
        JsonNode status = finished(Suite.json(Suite.post("billing", "/api/billing/runs", "").body()).get("id").asText());
        assertThat(status.get("problems").toString()).as("the zero-price charge is reported").contains("has no price");
        assertThat(Suite.json(Suite.get("billing", "/api/billing/visits/" + readyVisit + "/charges").body()).findValuesAsText("status"))
                .as("the other patient of the same batch is billed").containsOnly("INVOICED");
        assertThat(Suite.json(Suite.get("billing", "/api/billing/visits/" + brokenVisit + "/charges").body()).findValuesAsText("status"))
                .as("the failing patient is rolled back whole, none of its charges approved").containsOnly("REVIEW");
        assertThat(Suite.json(Suite.get("billing", "/api/billing/accounts/" + broken).body()).get("invoices")).isEmpty();
    }

    /** Polls a billing run until it is finished (at most two minutes) and returns its last status. */
    private static JsonNode finished(String run) throws Exception {
        JsonNode status = null;
        for (int i = 0; i < 240; i++) {
            status = Suite.json(Suite.get("billing", "/api/billing/runs/" + run).body());
            if (status.get("finished").asBoolean()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(status.get("finished").asBoolean()).as(status.toString()).isTrue();
        return status;
    }


}
