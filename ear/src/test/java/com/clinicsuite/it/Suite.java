package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running suite the end-to-end tests talk to: started by {@code ./clinic start} in the
 * pre-integration-test phase on test ports (see ear/pom.xml), stopped afterwards.
 */
final class Suite {

    static final String APP = System.getProperty("clinic.appUrl", "http://localhost:28080/clinic");
    static final String KEYCLOAK = System.getProperty("clinic.keycloakUrl", "http://localhost:28180");
    static final String DB_URL = System.getProperty("clinic.dbUrl", "jdbc:postgresql://127.0.0.1:25439/clinic");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Tokens per user with the time they were fetched; the realm's access tokens live 5 minutes. */
    private static final Map<String, Map.Entry<String, Long>> TOKENS = new ConcurrentHashMap<>();
    private static final long TOKEN_REUSE_MILLIS = 200_000;

    private Suite() {
    }

    /** An access token for a demo user, from Keycloak's password grant on the test-only client. */
    static String token(String username) {
        return TOKENS.compute(username, (u, cached) -> {
            if (cached != null && System.currentTimeMillis() - cached.getValue() < TOKEN_REUSE_MILLIS) {
                return cached;
            }
            String form = "grant_type=password&client_id=clinic-tests&username=" + enc(u) + "&password=demo";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/clinic/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("No token for " + u + ": " + r.statusCode() + " " + r.body());
            }
            return Map.entry(json(r.body()).get("access_token").asText(), System.currentTimeMillis());
        }).getKey();
    }

    static HttpResponse<String> get(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).header("Accept", "application/json").GET();
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static HttpResponse<String> post(String user, String path, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static HttpResponse<String> getAccepting(String user, String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).header("Accept", accept).GET();
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static HttpResponse<String> postWithHeader(String user, String path, String header, String value, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path))
                .header("Accept", "application/json").header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static HttpResponse<String> put(String user, String path, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static HttpResponse<String> postText(String user, String path, String text) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path))
                .header("Accept", "application/json").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b);
    }

    static String patientJson(String given, String family, String birthDate) {
        return patientJson(given, family, birthDate, uniquePhone());
    }

    static String patientJson(String given, String family, String birthDate, String phone) {
        return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"birthDate\":\"" + birthDate
                + "\",\"sexAtBirth\":\"FEMALE\",\"phone\":\"" + phone + "\",\"addressLine1\":\"12 Elm Street\",\"city\":\"Springfield\","
                + "\"state\":\"IL\",\"zip\":\"62704\"}";
    }

    private static final java.util.concurrent.atomic.AtomicLong PHONES =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    /** A phone number no other test uses, so the duplicate check never links unrelated test patients. */
    static String uniquePhone() {
        long n = PHONES.incrementAndGet() % 100_000_000L;
        return String.format("(7%02d) %03d-%04d", 20 + (int) (n / 10_000_000L) % 80, 200 + (int) (n / 10_000) % 800, n % 10_000);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    /** A direct connection to the suite's database, to check what the application really stored. */
    /** The application's own database user (no superuser). */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(DB_URL, "clinic", "clinic");
    }

    /** The database superuser, for tests that must tamper with what the application cannot. */
    static Connection superuser() throws SQLException {
        return DriverManager.getConnection(DB_URL, "postgres", System.getProperty("clinic.dbAdminPassword", "postgres"));
    }

    /** A family name no other test uses, so tests never see each other's patients. */
    static String uniqueFamily(String prefix) {
        // letters only (names refuse digits), one per base-36 digit of the clock, so no two calls collide
        StringBuilder b = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('q' + (c - '0')) : c);
        }
        return b.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
