package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Schedule III register against the real server and database. */
class RegisterIT {

    /** Receives {@code vials} vials of a fresh lot, 50 mg/mL × 10 mL (500 mg each); returns the vial rows. */
    static List<JsonNode> receive(int vials) {
        List<JsonNode> mine = receive("L" + Long.toString(System.nanoTime(), 36).toUpperCase(), vials);
        assertThat(mine).hasSize(vials);
        return mine;
    }

    /** Receives {@code vials} vials of the given lot; returns every vial in stock of that lot (lots are upper case). */
    static List<JsonNode> receive(String lot, int vials) {
        HttpResponse<String> r = Suite.post("nurse", "/api/register/receipts", "{\"supplier\":\"Henry Schein\",\"invoiceNumber\":\"INV-" + lot
                + "\",\"invoiceDate\":\"" + LocalDate.now() + "\",\"ndc\":\"00409-2053-05\",\"product\":\"Ketamine HCl injection 50 mg/mL\","
                + "\"concentrationMgPerMl\":50,\"vialVolumeMl\":10,\"singleDose\":true,\"lot\":\"" + lot + "\",\"expiresOn\":\""
                + LocalDate.now().plusYears(1) + "\",\"vials\":" + vials + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode v : Suite.json(Suite.get("nurse", "/api/register/vials").body())) {
            if (v.get("lot").asText().equals(lot.toUpperCase())) {
                mine.add(v);
            }
        }
        return mine;
    }

    static String draw(String vialId, String patientId, String drawn, String given, String wasted, String witness, String password) {
        return "{\"vialId\":\"" + vialId + "\",\"patientId\":\"" + patientId + "\",\"drawnMg\":" + drawn + ",\"administeredMg\":" + given
                + ",\"wastedMg\":" + wasted + (witness == null ? "" : ",\"witness\":\"" + witness + "\",\"witnessPassword\":\"" + password + "\"") + "}";
    }

    @Test
    void aLotIsOneLotWhateverItsCase_receiptsNumberOn_andTheLotLedgerListsEveryVialInOrder() {
        String lot = "LOT" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<JsonNode> first = receive(lot, 2);
        assertThat(first).extracting(v -> v.get("label").asText()).containsExactly(lot + "-01", lot + "-02");
        List<JsonNode> again = receive(lot.toLowerCase(), 1);
        assertThat(again).extracting(v -> v.get("label").asText()).containsExactlyInAnyOrder(lot + "-01", lot + "-02", lot + "-03");
        String drawn = first.get(0).get("id").asText();
        assertThat(Suite.post("nurse", "/api/register/draws", draw(drawn, UUID.randomUUID().toString(), "100", "100", "0", null, null)).statusCode())
                .isEqualTo(201);

        JsonNode ledger = Suite.json(Suite.get("admin", "/api/register/lots/" + lot.toLowerCase() + "/ledger").body());
        assertThat(ledger.findValuesAsText("vialLabel")).containsExactly(lot + "-01", lot + "-01", lot + "-02", lot + "-03");
        assertThat(ledger.findValuesAsText("kind")).containsExactly("RECEIPT", "DRAW", "RECEIPT", "RECEIPT");
        assertThat(Suite.json(Suite.get("admin", "/api/register/lots/NO-SUCH-" + lot + "/ledger").body())).isEmpty();

        JsonNode vials = Suite.json(Suite.get("nurse", "/api/register/lots/" + lot.toLowerCase() + "/vials").body());
        assertThat(vials.findValuesAsText("label")).containsExactlyInAnyOrder(lot + "-01", lot + "-02", lot + "-03");
        assertThat(vials.findValues("balanceMg")).extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactlyInAnyOrder(
                        new java.math.BigDecimal("400"), new java.math.BigDecimal("500"), new java.math.BigDecimal("500"));
        assertThat(Suite.json(Suite.get("nurse", "/api/register/lots/NO-SUCH-" + lot + "/vials").body())).isEmpty();
        assertThat(Suite.get("frontdesk", "/api/register/lots/" + lot + "/vials").statusCode()).isEqualTo(403);
    }

    @Test
    void wasteIsWitnessed_byAnotherLicensedUser_confirmedWithTheirOwnPassword() {
        String vial = receive(1).get(0).get("id").asText();
        String patient = UUID.randomUUID().toString();
        HttpResponse<String> self = Suite.post("nurse", "/api/register/draws", draw(vial, patient, "80", "70", "10", "nurse", "demo"));
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(Suite.json(self.body()).get("message").asText()).contains("someone other than the person who drew");
        HttpResponse<String> wrongPassword = Suite.post("nurse", "/api/register/draws", draw(vial, patient, "80", "70", "10", "physician", "nope"));
        assertThat(Suite.json(wrongPassword.body()).get("message").asText()).contains("password is not correct");
        HttpResponse<String> unlicensed = Suite.post("nurse", "/api/register/draws", draw(vial, patient, "80", "70", "10", "frontdesk", "demo"));
        assertThat(Suite.json(unlicensed.body()).get("message").asText()).contains("frontdesk is not a nurse or physician");
        HttpResponse<String> noWitness = Suite.post("nurse", "/api/register/draws", draw(vial, patient, "80", "70", "10", null, null));
        assertThat(Suite.json(noWitness.body()).get("message").asText()).contains("witnessed");

        HttpResponse<String> ok = Suite.post("nurse", "/api/register/draws", draw(vial, patient, "80", "70", "10", "physician", "demo"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode entry = Suite.json(ok.body());
        assertThat(entry.get("witness").asText()).isEqualTo("physician");
        assertThat(entry.get("balanceAfterMg").decimalValue()).isEqualByComparingTo("420");
        JsonNode ledger = Suite.json(Suite.get("admin", "/api/register/vials/" + vial + "/ledger").body());
        assertThat(ledger.findValuesAsText("kind")).containsExactly("RECEIPT", "DRAW");
        assertThat(Suite.json(Suite.get("physician", "/api/register/patients/" + patient + "/administrations").body()).get(0)
                .get("administeredMg").decimalValue()).isEqualByComparingTo("70");

        for (String user : List.of("frontdesk", "billing", "therapist", "counselor")) {
            assertThat(Suite.post(user, "/api/register/draws", draw(vial, patient, "10", "10", "0", null, null)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(Suite.post("admin", "/api/register/draws", draw(vial, patient, "10", "10", "0", null, null)).statusCode()).isEqualTo(403);
    }

    @Test
    void sixNursesAskingTheSamePhysicianToWitnessAtOnce_areAllConfirmed() throws Exception {
        // Keycloak refuses a password grant while another for the same user is under way; the suite queues them
        List<JsonNode> vials = receive(6);
        String patient = UUID.randomUUID().toString();
        Suite.token("nurse");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (JsonNode vial : vials) {
            results.add(pool.submit(() -> {
                go.await();
                return Suite.post("nurse", "/api/register/draws", draw(vial.get("id").asText(), patient, "80", "70", "10", "physician", "demo"));
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        pool.shutdown();
    }

    @Test
    void eightThreadsDrawingFromOneVial_neverDriveItBelowZero_andTheDrawsAddUpToTheBalanceChange() throws Exception {
        String vial = receive(1).get(0).get("id").asText();
        String patient = UUID.randomUUID().toString();
        Suite.token("nurse");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(pool.submit(() -> {
                go.await();
                List<Integer> codes = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    codes.add(Suite.post("nurse", "/api/register/draws", draw(vial, patient, "70", "70", "0", null, null)).statusCode());
                }
                return codes;
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<List<Integer>> f : results) {
            codes.addAll(f.get());
        }
        pool.shutdown();
        // 500 mg holds seven 70 mg draws; every other attempt is refused with a message, never an error
        assertThat(codes).containsOnly(201, 422);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(7);
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT v.balance_mg, v.balance_ml, (SELECT sum(drawn_mg) FROM pharmacy.register_entry e"
                     + " WHERE e.vial_id = v.id AND e.kind = 'DRAW'), (SELECT min(balance_after_mg) FROM pharmacy.register_entry e WHERE e.vial_id = v.id)"
                     + " FROM pharmacy.vial v WHERE v.id = ?")) {
            ps.setObject(1, UUID.fromString(vial));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("10");
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("0.2");
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("490");
                assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("10");
            }
        }
    }

    @Test
    void entriesAreNeverEdited_correctionsAreNewEntriesWithAReason() throws Exception {
        String vial = receive(1).get(0).get("id").asText();
        JsonNode drawn = Suite.json(Suite.post("nurse", "/api/register/draws", draw(vial, UUID.randomUUID().toString(), "100", "100", "0", null, null)).body());
        long entry = drawn.get("id").asLong();
        try (Connection c = Suite.database()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE pharmacy.register_entry SET drawn_mg = 1 WHERE id = " + entry))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never changed or deleted");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE pharmacy.vial SET balance_mg = -1 WHERE id = '" + vial + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("vial_balance_not_negative");
        }
        HttpResponse<String> noReason = Suite.post("nurse", "/api/register/entries/" + entry + "/corrections", "{\"changeMg\":30,\"reason\":\"x\"}");
        assertThat(Suite.json(noReason.body()).get("message").asText()).contains("Explain the correction");
        JsonNode fixed = Suite.json(Suite.post("nurse", "/api/register/entries/" + entry + "/corrections",
                "{\"changeMg\":30,\"reason\":\"Drew 70 mg, not 100: keyed wrongly\"}").body());
        assertThat(fixed.get("kind").asText()).isEqualTo("CORRECTION");
        assertThat(fixed.get("corrects").asLong()).isEqualTo(entry);
        assertThat(fixed.get("balanceAfterMg").decimalValue()).isEqualByComparingTo("430");
    }

    @Test
    void aShiftCountWithADifference_opensADiscrepancy_resolvedWithAReason() {
        List<JsonNode> vials = receive(2);
        StringBuilder counted = new StringBuilder("{");
        for (JsonNode v : Suite.json(Suite.get("nurse", "/api/register/vials").body())) {
            BigDecimal balance = v.get("balanceMg").decimalValue();
            boolean mine = v.get("id").asText().equals(vials.get(0).get("id").asText());
            counted.append(counted.length() > 1 ? "," : "").append('"').append(v.get("id").asText()).append("\":")
                    .append(mine ? balance.subtract(BigDecimal.TEN) : balance);
        }
        counted.append('}');
        HttpResponse<String> alone = Suite.post("nurse", "/api/register/counts", "{\"kind\":\"SHIFT\",\"countedMg\":" + counted + ",\"witness\":\"nurse\"}");
        assertThat(Suite.json(alone.body()).get("message").asText()).contains("two people");
        HttpResponse<String> r = Suite.post("nurse", "/api/register/counts",
                "{\"kind\":\"SHIFT\",\"countedMg\":" + counted + ",\"witness\":\"physician\",\"witnessPassword\":\"demo\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode count = Suite.json(r.body());
        assertThat(count.get("discrepancy").asBoolean()).isTrue();
        assertThat(count.get("open").asBoolean()).isTrue();
        JsonNode resolved = Suite.json(Suite.postText("physician", "/api/register/counts/" + count.get("id").asText() + "/resolution",
                "Vial recounted by both: 10 mg spilled while drawing, loss recorded").body());
        assertThat(resolved.get("open").asBoolean()).isFalse();
        assertThat(resolved.get("resolvedBy").asText()).isEqualTo("physician");
    }

    @Test
    void disposalNeedsTwoWitnesses_lossesAreReported_andEveryLedgerPrints() throws Exception {
        JsonNode vial = receive(1).get(0);
        String id = vial.get("id").asText();
        String one = "{\"vialId\":\"" + id + "\",\"kind\":\"DISPOSAL\",\"mg\":500,\"reason\":\"Expired stock sent to reverse distributor\","
                + "\"witness\":\"physician\",\"witnessPassword\":\"demo\"";
        HttpResponse<String> alone = Suite.post("nurse", "/api/register/removals", one + "}");
        assertThat(Suite.json(alone.body()).get("message").asText()).contains("two witnesses");
        HttpResponse<String> same = Suite.post("nurse", "/api/register/removals", one + ",\"secondWitness\":\"physician\",\"secondWitnessPassword\":\"demo\"}");
        assertThat(Suite.json(same.body()).get("message").asText()).contains("two witnesses");
        HttpResponse<String> loss = Suite.post("nurse", "/api/register/removals", "{\"vialId\":\"" + id + "\",\"kind\":\"LOSS\",\"mg\":50,"
                + "\"reason\":\"Vial dropped and broke in the med room\",\"witness\":\"physician\",\"witnessPassword\":\"demo\"}");
        assertThat(loss.statusCode()).as(loss.body()).isEqualTo(201);
        assertThat(Suite.json(loss.body()).get("balanceAfterMg").decimalValue()).isEqualByComparingTo("450");
        JsonNode removals = Suite.json(Suite.get("admin", "/api/register/removals").body());
        assertThat(removals.get(0).get("reason").asText()).isEqualTo("Vial dropped and broke in the med room");

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String q : List.of("losses=1", "vial=" + id, "lot=" + vial.get("lot").asText())) {
            HttpResponse<String> csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Suite.APP + "/register/report?format=csv&" + q))
                    .header("Authorization", "Bearer " + Suite.token("admin")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).as(q).isEqualTo(200);
            assertThat(csv.body()).as(q).startsWith("entry,when,vial,ndc,product,lot,what").contains("loss", "00409-2053-05", vial.get("lot").asText());
            HttpResponse<byte[]> pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Suite.APP + "/register/report?" + q))
                    .header("Authorization", "Bearer " + Suite.token("admin")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as(q).isEqualTo("%PDF-");
        }
    }
}
