package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm (ear/src/main/keycloak/clinic-realm-production.json) imports cleanly into a fresh Keycloak
 * realm, and what it promises holds: brute-force lockout after at most 10 failures, passwords of at least 12
 * characters that are not the username, and a one-time code for physicians and administrators in the browser flow.
 */
class ProductionRealmIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(System.getProperty("clinic.kcAdminPassword", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Suite.json(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> admin(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK + "/admin/realms" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theProductionRealm_importsIntoAFreshKeycloak_withLockoutPasswordPolicyAndOtpForPhysiciansAndAdmins() throws Exception {
        Path file = Path.of(System.getProperty("user.dir"), "src/main/keycloak/clinic-realm-production.json");
        String json = Files.readString(file).replace("${CLINIC_APP_URL}", "https://clinic.example.org/clinic")
                .replace("${CLINIC_OIDC_CLIENT_SECRET}", "a-long-random-production-secret");
        String name = "clinic-prod-" + Long.toString(System.nanoTime(), 36);
        ObjectNode realm = (ObjectNode) Suite.JSON.readTree(json);
        realm.put("realm", name);
        String token = adminToken();
        HttpResponse<String> created = admin(token, "POST", "", realm.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            JsonNode r = Suite.json(admin(token, "GET", "/" + name, null).body());
            assertThat(r.get("bruteForceProtected").asBoolean()).isTrue();
            assertThat(r.get("failureFactor").asInt()).isBetween(1, 10);
            assertThat(r.get("passwordPolicy").asText()).contains("length(12)", "notUsername");
            assertThat(r.get("sslRequired").asText()).isEqualTo("all");
            assertThat(r.get("eventsEnabled").asBoolean()).isTrue();
            assertThat(r.get("browserFlow").asText()).isEqualTo("clinic browser");

            // the browser flow asks for an OTP under a role condition, once for physicians and once for administrators
            String executions = admin(token, "GET", "/" + name + "/authentication/flows/clinic%20browser/executions", null).body();
            JsonNode list = Suite.json(executions);
            int otpForms = 0;
            for (JsonNode e : list) {
                if ("auth-otp-form".equals(e.path("providerId").asText())) {
                    otpForms++;
                    assertThat(e.get("requirement").asText()).isEqualTo("REQUIRED");
                }
                if (e.path("displayName").asText().startsWith("clinic otp")) {
                    assertThat(e.get("requirement").asText()).isEqualTo("CONDITIONAL");
                }
            }
            assertThat(otpForms).isEqualTo(2);
            String configs = executions;
            assertThat(configs).contains("conditional-user-role");
            for (JsonNode e : list) {
                if ("conditional-user-role".equals(e.path("providerId").asText())) {
                    JsonNode config = Suite.json(admin(token, "GET", "/" + name + "/authentication/config/" + e.get("authenticationConfig").asText(), null).body());
                    assertThat(config.get("config").get("condUserRole").asText()).isIn("physician", "admin");
                }
            }

            // the password policy is enforced: too short, and equal to the username, are refused
            HttpResponse<String> user = admin(token, "POST", "/" + name + "/users", "{\"username\":\"drlongname\",\"enabled\":true}");
            assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
            String userId = user.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            HttpResponse<String> shortPassword = admin(token, "PUT", "/" + name + "/users/" + userId + "/reset-password",
                    "{\"type\":\"password\",\"value\":\"Short1!\",\"temporary\":false}");
            assertThat(shortPassword.statusCode()).isEqualTo(400);
            HttpResponse<String> username = admin(token, "PUT", "/" + name + "/users/" + userId + "/reset-password",
                    "{\"type\":\"password\",\"value\":\"drlongname\",\"temporary\":false}");
            assertThat(username.statusCode()).isEqualTo(400);
            HttpResponse<String> good = admin(token, "PUT", "/" + name + "/users/" + userId + "/reset-password",
                    "{\"type\":\"password\",\"value\":\"correct horse battery staple\",\"temporary\":false}");
            assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
        } finally {
            admin(token, "DELETE", "/" + name, null);
        }
    }
}
