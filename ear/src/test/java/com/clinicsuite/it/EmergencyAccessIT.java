package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The care-team rule for charts and its emergency exception, "break the glass": refusal, grant, audit flags, expiry, review. */
class EmergencyAccessIT {

    private static final String REASON = "Covering the weekend line: patient called with chest pain after the infusion";

    @Test
    void aClinicianOutsideTheCareTeam_isRefused_breaksTheGlassWithAReason_andTheAccessExpires() throws Exception {
        String patient = PlanIT.eligiblePatient();
        PlanIT.start(patient); // written by 'physician': the team is the physician

        HttpResponse<String> refused = Suite.get("therapist", "/api/charts/" + patient);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(Suite.json(refused.body()).get("error").asText()).isEqualTo("access.careTeam");
        assertThat(Suite.get("therapist", "/api/charts/" + patient + "/notes").statusCode()).isEqualTo(403);
        assertThat(Suite.get("therapist", "/api/plans?patient=" + patient).statusCode()).isEqualTo(403);
        assertThat(outcomes("therapist", patient, "chart.careTeam")).contains("DENIED");
        assertThat(Suite.get("physician", "/api/charts/" + patient).statusCode()).isEqualTo(200);
        JsonNode closed = Suite.json(Suite.get("therapist", "/api/charts/" + patient + "/access").body());
        assertThat(closed.get("open").asBoolean()).isFalse();
        assertThat(closed.get("emergencyMinutes").asInt()).isEqualTo(60);

        HttpResponse<String> noReason = Suite.post("therapist", "/api/charts/" + patient + "/emergency-access", "{\"reason\":\"urgent\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        Instant before = Instant.now();
        HttpResponse<String> granted = Suite.post("therapist", "/api/charts/" + patient + "/emergency-access", "{\"reason\":\"" + REASON + "\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        JsonNode grant = Suite.json(granted.body());
        Instant expires = Instant.parse(grant.get("expiresAt").asText());
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

        assertThat(Suite.get("therapist", "/api/charts/" + patient).statusCode()).isEqualTo(200);
        assertThat(Suite.get("therapist", "/api/charts/" + patient + "/notes").statusCode()).isEqualTo(200);
        assertThat(Suite.json(Suite.get("therapist", "/api/charts/" + patient + "/access").body()).get("emergencyUntil").isNull()).isFalse();
        assertThat(outcomes("therapist", patient, "access.emergency")).containsExactly("EMERGENCY");
        assertThat(Suite.post("therapist", "/api/charts/" + patient + "/emergency-access", "{\"reason\":\"" + REASON + "\"}").body())
                .contains("emergency.active");

        // the administrator sees it waiting for review
        JsonNode log = Suite.json(Suite.get("admin", "/api/audit/emergency-access?unreviewed=true").body());
        JsonNode row = find(log, grant.get("id").asText());
        assertThat(row.get("reason").asText()).isEqualTo(REASON);
        assertThat(row.get("active").asBoolean()).isTrue();

        // a grant is never rewritten, not even its reason (the application's user is refused by the trigger)
        try (Connection c = Suite.database(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE patients.emergency_access SET reason = 'nothing to see here' WHERE id = '"
                    + grant.get("id").asText() + "'")).isInstanceOf(SQLException.class).hasMessageContaining("never changed");
        }

        // an hour later the access has run out: move the grant back in time (superuser, triggers off for this session)
        try (Connection c = Suite.superuser(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE patients.emergency_access SET granted_at = granted_at - interval '61 minutes',"
                    + " expires_at = expires_at - interval '61 minutes' WHERE id = '" + grant.get("id").asText() + "'");
        }
        assertThat(Suite.get("therapist", "/api/charts/" + patient).statusCode()).isEqualTo(403);
        assertThat(Suite.json(Suite.get("therapist", "/api/charts/" + patient + "/access").body()).get("open").asBoolean()).isFalse();

        // the administrator reviews it, once
        row = find(Suite.json(Suite.get("admin", "/api/audit/emergency-access").body()), grant.get("id").asText());
        assertThat(row.get("active").asBoolean()).isFalse();
        HttpResponse<String> reviewed = Suite.post("admin", "/api/audit/emergency-access/" + row.get("id").asText() + "/review?version="
                + row.get("version").asLong(), "{\"note\":\"Called the patient back; reason confirmed\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(Suite.json(reviewed.body()).get("reviewedBy").asText()).isEqualTo("admin");
        assertThat(Suite.get("admin", "/api/audit/emergency-access?unreviewed=true").body()).doesNotContain(row.get("id").asText());
    }

    @Test
    void theTeamIsThePlansCliniciansAndAuthor_andTheCliniciansThePatientIsBookedWith() throws Exception {
        String patient = PlanIT.eligiblePatient();
        JsonNode plan = PlanIT.start(patient);
        String s = UUID.randomUUID().toString().substring(0, 8);
        // the counseling component names a counselor provider whose username is the demo 'counselor'
        String counselor = demoProvider("counselor", "COUNSELING");
        PlanIT.ok(Suite.put("physician", PlanIT.path(plan, "/counseling"), "{\"clinicianId\":\"" + counselor + "\",\"intakeEvaluation\":true,"
                + "\"sessions\":4,\"everyDays\":7,\"modality\":\"KAP_PREPARATION_INTEGRATION\",\"integrationRule\":false}"));
        assertThat(Suite.get("counselor", "/api/charts/" + patient).statusCode()).isEqualTo(200);
        assertThat(Suite.get("nurse", "/api/charts/" + patient).statusCode()).isEqualTo(403);

        // booking the patient with the demo nurse puts the nurse on the team
        String nurse = demoProvider("nurse", "NURSE");
        String chair = PlanIT.resource("Team chair " + s, "INFUSION_CHAIR");
        String at = LocalDate.now().plusYears(4).plusDays((long) (Math.random() * 300)) + String.format("T%02d:00", 8 + (int) (Math.random() * 8));
        HttpResponse<String> booked = Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\""
                + nurse + "\",\"resourceId\":\"" + chair + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + at + "\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(Suite.get("nurse", "/api/charts/" + patient).statusCode()).isEqualTo(200);
        assertThat(Suite.get("therapist", "/api/charts/" + patient).statusCode()).isEqualTo(403);
    }

    @Test
    void beforeAnyPlan_everyClinicianOpensTheChart_andNeedsNoEmergencyAccess() {
        String patient = PlanIT.patient();
        assertThat(Suite.get("therapist", "/api/charts/" + patient).statusCode()).isEqualTo(200);
        assertThat(Suite.get("nurse", "/api/charts/" + patient + "/intake").statusCode()).isEqualTo(200);
        HttpResponse<String> notNeeded = Suite.post("counselor", "/api/charts/" + patient + "/emergency-access", "{\"reason\":\"" + REASON + "\"}");
        assertThat(notNeeded.statusCode()).isEqualTo(422);
        assertThat(notNeeded.body()).contains("emergency.notNeeded");
        assertThat(Suite.post("frontdesk", "/api/charts/" + patient + "/emergency-access", "{\"reason\":\"" + REASON + "\"}").statusCode()).isEqualTo(403);
    }

    /** The provider whose username is this demo user, created (24/7 hours) the first time it is needed. */
    static synchronized String demoProvider(String username, String discipline) {
        for (JsonNode p : Suite.json(Suite.get("admin", "/api/scheduling/providers?limit=200&q=" + username).body()).get("rows")) {
            if (username.equals(p.get("username").asText())) {
                return p.get("id").asText();
            }
        }
        return PlanIT.provider(username, "Demo " + username, discipline);
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (id.equals(r.get("id").asText())) {
                return r;
            }
        }
        throw new AssertionError("no emergency access " + id + " in " + rows);
    }

    private static java.util.List<String> outcomes(String actor, String patient, String action) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT coalesce(outcome, '') FROM audit.audit_event WHERE actor = ? AND patient_id = ? AND action = ? ORDER BY id")) {
            ps.setString(1, actor);
            ps.setObject(2, UUID.fromString(patient));
            ps.setString(3, action);
            java.util.List<String> found = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }
}
