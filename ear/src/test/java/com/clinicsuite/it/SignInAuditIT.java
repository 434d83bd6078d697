package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins and failed sign-ins at Keycloak reach the audit trail (copied from Keycloak's events every 15 seconds)
 * with the user, the outcome and the client address; and each entry records the role and the request it belongs to.
 */
class SignInAuditIT {

    static int signIn(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=clinic-tests&username=" + Suite.enc(username) + "&password=" + Suite.enc(password);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK + "/realms/clinic/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aFailedAndASuccessfulSignIn_areInTheAuditTrail_withTheirOutcome() throws Exception {
        String stranger = "nobody-" + Long.toString(System.nanoTime(), 36);
        assertThat(signIn(stranger, "guess")).isIn(400, 401);
        assertThat(signIn("billing", "demo")).isEqualTo(200);
        boolean failed = false;
        boolean succeeded = false;
        for (int i = 0; i < 60 && !(failed && succeeded); i++) {
            try (Connection db = Suite.database(); PreparedStatement ps = db.prepareStatement(
                    "SELECT action, outcome, origin FROM audit.audit_event WHERE (actor = ? AND action = 'login.failed')"
                            + " OR (actor = 'billing' AND action = 'login' AND occurred_at > now() - interval '2 minutes')")) {
                ps.setString(1, stranger);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("login.failed")) {
                            failed = true;
                            assertThat(rs.getString(2)).isEqualTo("FAILED");
                            assertThat(rs.getString(3)).isNotBlank();
                        } else {
                            succeeded = true;
                            assertThat(rs.getString(2)).isNull();
                        }
                    }
                }
            }
            if (!(failed && succeeded)) {
                Thread.sleep(1000);
            }
        }
        assertThat(failed).as("the failed sign-in is in the audit trail").isTrue();
        assertThat(succeeded).as("the sign-in is in the audit trail").isTrue();
    }

    @Test
    void eachEntry_recordsTheActorsRole_andTheRequestId_andADenialItsOutcome() throws Exception {
        String patient = PlanIT.patient();
        HttpResponse<String> read = Suite.get("nurse", "/api/patients/" + patient);
        assertThat(read.statusCode()).isEqualTo(200);
        String requestId = read.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(Suite.get("admin", "/api/patients/" + patient).statusCode()).isEqualTo(403);
        try (Connection db = Suite.database(); PreparedStatement ps = db.prepareStatement(
                "SELECT actor, role, outcome, request_id, action FROM audit.audit_event WHERE (patient_id = ?::uuid AND action = 'patient.open')"
                        + " OR (actor = 'admin' AND action = 'access.denied' AND detail LIKE ?) ORDER BY id")) {
            ps.setString(1, patient);
            ps.setString(2, "%" + patient + "%");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("nurse");
                assertThat(rs.getString(2)).isEqualTo("nurse");
                assertThat(rs.getString(3)).isNull();
                assertThat(rs.getString(4)).isEqualTo(requestId);
                assertThat(rs.next()).as("the denial is audited").isTrue();
                assertThat(rs.getString(2)).isEqualTo("admin");
                assertThat(rs.getString(3)).isEqualTo("DENIED");
            }
        }
    }
}
