package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake gate, MME, questionnaires and alerts through the real services, and who may see them. */
class ClinicalRecordIT {

    private static final String ALL_NO_BUT_PREGNANCY_UNKNOWN = "{\"POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE\":\"NO\","
            + "\"PREGNANCY\":\"UNKNOWN\",\"ACTIVE_PSYCHOSIS\":\"NO\",\"SEVERE_HEPATIC_DISEASE\":\"NO\",\"MODERATE_HEPATIC_DISEASE\":\"NO\","
            + "\"ELEVATED_INTRACRANIAL_PRESSURE\":\"NO\",\"ELEVATED_INTRAOCULAR_PRESSURE\":\"NO\",\"ACTIVE_SUBSTANCE_ABUSE\":\"NO\","
            + "\"KETAMINE_HYPERSENSITIVITY\":\"NO\"}";

    private static String newPatient() {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Cleo", Suite.uniqueFamily("Chart"), "1979-09-19"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body()).get("id").asText();
    }

    @Test
    void aBlockingUnknown_stopsEligible_andAnOverrideNeedsAndKeepsAReason() throws Exception {
        String id = newPatient();
        JsonNode intake = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/screen?version=0", ALL_NO_BUT_PREGNANCY_UNKNOWN).body());
        assertThat(intake.get("blocking").get(0).asText()).isEqualTo("Pregnancy");
        long version = intake.get("version").asLong();

        HttpResponse<String> eligible = Suite.post("physician", "/api/charts/" + id + "/intake/decision?version=" + version,
                "{\"decision\":\"ELIGIBLE\"}");
        assertThat(eligible.statusCode()).isEqualTo(422);
        assertThat(Suite.json(eligible.body()).get("message").asText()).contains("Pregnancy", "override");

        HttpResponse<String> noReason = Suite.post("physician", "/api/charts/" + id + "/intake/decision?version=" + version,
                "{\"decision\":\"ELIGIBLE_WITH_OVERRIDE\",\"overrideReason\":\"ok\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Suite.json(noReason.body()).get("fields").findValuesAsText("field")).containsExactly("overrideReason");

        String reason = "Post-hysterectomy 2019, pregnancy not possible";
        HttpResponse<String> override = Suite.post("physician", "/api/charts/" + id + "/intake/decision?version=" + version,
                "{\"decision\":\"ELIGIBLE_WITH_OVERRIDE\",\"overrideReason\":\"" + reason + "\"}");
        assertThat(override.statusCode()).as(override.body()).isEqualTo(200);
        JsonNode decided = Suite.json(override.body());
        assertThat(decided.get("decisionLabel").asText()).isEqualTo("Eligible with override");
        assertThat(decided.get("overrideReason").asText()).isEqualTo(reason);
        assertThat(decided.get("decidedBy").asText()).isEqualTo("physician");

        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT actor, detail FROM audit.audit_event WHERE patient_id = ? AND action = 'intake.override'")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("physician");
                assertThat(rs.getString(2)).contains(reason);
            }
        }
        // changing the screen afterwards withdraws the decision
        JsonNode changed = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/screen?version=" + decided.get("version").asLong(),
                ALL_NO_BUT_PREGNANCY_UNKNOWN.replace("\"PREGNANCY\":\"UNKNOWN\"", "\"PREGNANCY\":\"NO\"")).body());
        assertThat(changed.get("decisionLabel").asText()).isEqualTo("Not decided");
        JsonNode header = Suite.json(Suite.get("nurse", "/api/charts/" + id).body());
        assertThat(header.get("blockingContraindications").size()).isZero();
        assertThat(header.get("unansweredContraindications").asInt()).isZero();
    }

    @Test
    void aStaleIntakeVersion_isRefused() {
        String id = newPatient();
        Suite.post("physician", "/api/charts/" + id + "/intake/screen?version=0", ALL_NO_BUT_PREGNANCY_UNKNOWN);
        HttpResponse<String> stale = Suite.post("physician", "/api/charts/" + id + "/intake/screen?version=99", ALL_NO_BUT_PREGNANCY_UNKNOWN);
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(Suite.json(stale.body()).get("error").asText()).isEqualTo("intake.stale");
    }

    @Test
    void medications_giveTheDailyMmeWithTheFlag_andTheCdcNote() {
        String id = newPatient();
        JsonNode v = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/medications?version=0",
                "{\"drug\":\"OxyContin\",\"opioid\":\"OXYCODONE\",\"strength\":10,\"unit\":\"mg\",\"route\":\"oral\","
                        + "\"frequency\":\"every 6 hours\",\"unitsPerDay\":4}").body());
        assertThat(v.get("dailyMme").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(v.get("mmeFlag").asText()).isEqualTo("≥ 50 MME/day");
        v = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/medications?version=" + v.get("version").asLong(),
                "{\"drug\":\"Duragesic\",\"opioid\":\"FENTANYL_TRANSDERMAL\",\"strength\":25,\"unit\":\"mcg/h\",\"route\":\"transdermal\","
                        + "\"frequency\":\"every 72 hours\",\"unitsPerDay\":1}").body());
        assertThat(v.get("dailyMme").decimalValue()).isEqualByComparingTo("120.0");
        assertThat(v.get("mmeFlag").asText()).isEqualTo("≥ 90 MME/day");
        assertThat(v.get("mmeNote").asText()).contains("not for converting one opioid into another");
    }

    @Test
    void aCategoryCode_isRefusedNamingItsBillableChildren() {
        String id = newPatient();
        HttpResponse<String> r = Suite.post("physician", "/api/charts/" + id + "/intake/diagnoses?version=0", "{\"code\":\"G90.5\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Suite.json(r.body()).get("message").asText()).contains("G90.511", "G90.59");
        HttpResponse<String> ok = Suite.post("physician", "/api/charts/" + id + "/intake/diagnoses?version=0",
                "{\"code\":\"G90.512\",\"bodySite\":\"hand\",\"laterality\":\"left\",\"character\":\"burning\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        // billing sees the codes a claim needs
        assertThat(Suite.json(Suite.get("billing", "/api/charts/" + id + "/diagnoses").body()).findValuesAsText("code")).containsExactly("G90.512");
    }

    @Test
    void phq9Item9AboveZero_raisesAnAlert_thatAClinicianAcknowledges() {
        String id = newPatient();
        String today = LocalDate.now().toString();
        JsonNode row = Suite.json(Suite.post("counselor", "/api/charts/" + id + "/questionnaires",
                "{\"instrument\":\"PHQ9\",\"answers\":[2,2,1,1,1,1,1,0,1],\"takenOn\":\"" + today + "\"}").body());
        assertThat(row.get("score").decimalValue()).isEqualByComparingTo("10");
        assertThat(row.get("band").asText()).isEqualTo("Moderate");
        assertThat(row.get("selfHarmAlert").asBoolean()).isTrue();

        JsonNode header = Suite.json(Suite.get("physician", "/api/charts/" + id).body());
        assertThat(header.get("openSelfHarmAlerts").asInt()).isEqualTo(1);
        JsonNode alerts = Suite.json(Suite.get("nurse", "/api/charts/" + id + "/alerts").body());
        assertThat(alerts.get(0).get("open").asBoolean()).isTrue();
        assertThat(alerts.get(0).get("detail").asText()).contains("PHQ-9 item 9");
    }

    @Test
    void anAlert_isAcknowledgedWithANote_once() throws Exception {
        String id = newPatient();
        Suite.post("nurse", "/api/charts/" + id + "/questionnaires",
                "{\"instrument\":\"PHQ9\",\"answers\":[0,0,0,0,0,0,0,0,2],\"takenOn\":\"" + LocalDate.now() + "\"}");
        String alertId = Suite.json(Suite.get("nurse", "/api/charts/" + id + "/alerts").body()).get(0).get("id").asText();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, HttpResponse<String>> ack = note -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Suite.APP + "/api/charts/" + id + "/alerts/" + alertId + "/acknowledgement"))
                        .header("Authorization", "Bearer " + Suite.token("counselor")).header("Content-Type", "text/plain")
                        .header("Accept", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(note)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(ack.apply("ok").statusCode()).isEqualTo(422);
        HttpResponse<String> done = ack.apply("Safety plan reviewed with patient; crisis line given; no intent.");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(Suite.json(done.body()).get("acknowledgedBy").asText()).isEqualTo("counselor");
        assertThat(Suite.json(Suite.get("physician", "/api/charts/" + id).body()).get("openSelfHarmAlerts").asInt()).isZero();
        assertThat(ack.apply("again, a second time").statusCode()).isEqualTo(422);
    }

    @Test
    void treatmentsTried_andTheHistoryChecklist_areRecorded() {
        String id = newPatient();
        JsonNode v = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/treatments?version=0",
                "{\"category\":\"INJECTIONS\",\"description\":\"Stellate ganglion block x3\",\"startedOn\":\"2025-01-10\","
                        + "\"endedOn\":\"2025-03-01\",\"response\":\"PARTIAL_RELIEF\"}").body());
        assertThat(v.get("priorTreatments").get(0).get("response").asText()).isEqualTo("Partial relief");
        HttpResponse<String> backwards = Suite.post("physician", "/api/charts/" + id + "/intake/treatments?version=" + v.get("version").asLong(),
                "{\"category\":\"SURGERY\",\"description\":\"Decompression\",\"startedOn\":\"2025-05-01\",\"endedOn\":\"2025-04-01\"}");
        assertThat(backwards.statusCode()).isEqualTo(422);
        JsonNode h = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/history?version=" + v.get("version").asLong(),
                "[\"HYPERTENSION\",\"GLAUCOMA\"]").body());
        assertThat(h.get("history").toString()).contains("\"code\":\"GLAUCOMA\",\"label\":\"Glaucoma\"");
        long checked = 0;
        for (JsonNode item : h.get("history")) {
            checked += item.get("checked").asBoolean() ? 1 : 0;
        }
        assertThat(checked).isEqualTo(2);
    }

    @Test
    void outOfRangeAnswers_areRefused_andNothingIsStored() {
        String id = newPatient();
        HttpResponse<String> r = Suite.post("physician", "/api/charts/" + id + "/questionnaires",
                "{\"instrument\":\"GAD7\",\"answers\":[1,1,1,4,1,1,1],\"takenOn\":\"" + LocalDate.now() + "\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Suite.json(r.body()).get("message").asText()).isEqualTo("GAD-7 item 4 must be between 0 and 3; 4 is out of range.");
        assertThat(Suite.json(Suite.get("physician", "/api/charts/" + id + "/questionnaires").body()).size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/intake", "/questionnaires", "/alerts", "/diagnoses"})
    void frontDesk_isRefusedEveryClinicalRead(String path) {
        String id = newPatient();
        assertThat(Suite.get("frontdesk", "/api/charts/" + id + path).statusCode()).isEqualTo(403);
    }

    @Test
    void frontDeskAndBilling_cannotWriteClinicalData_andAdminCannotReadIt() {
        String id = newPatient();
        assertThat(Suite.post("frontdesk", "/api/charts/" + id + "/questionnaires",
                "{\"instrument\":\"NRS\",\"answers\":[5],\"takenOn\":\"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(403);
        assertThat(Suite.post("billing", "/api/charts/" + id + "/intake/screen?version=0", ALL_NO_BUT_PREGNANCY_UNKNOWN).statusCode()).isEqualTo(403);
        assertThat(Suite.get("billing", "/api/charts/" + id + "/intake").statusCode()).isEqualTo(403);
        assertThat(Suite.get("admin", "/api/charts/" + id + "/intake").statusCode()).isEqualTo(403);
        // a nurse may read the intake but not decide eligibility
        assertThat(Suite.get("nurse", "/api/charts/" + id + "/intake").statusCode()).isEqualTo(200);
        assertThat(Suite.post("nurse", "/api/charts/" + id + "/intake/decision?version=0", "{\"decision\":\"NOT_ELIGIBLE\"}").statusCode()).isEqualTo(403);
    }
}
