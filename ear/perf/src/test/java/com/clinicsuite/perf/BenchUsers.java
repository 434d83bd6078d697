package com.clinicsuite.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Keycloak account per virtual user, as a clinic has one per person: {@code bench-frontdesk-07} and so on, with the
 * persona's realm role and the demo password. Fifty users signing in as the same {@code frontdesk} account within a
 * second trip the realm's brute-force protection, which then refuses most of them ("Invalid user credentials"); that
 * measures the lockout, not the suite. The accounts are created once through Keycloak's admin API and kept.
 */
final class BenchUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN_PASSWORD = System.getProperty("bench.kcAdminPassword", "admin");
    private static final Map<String, String> ROLES = Map.of("frontdesk", "front-desk", "physician", "physician", "nurse", "nurse", "billing", "billing",
            "confirmer", "physician", "cosigner", "physician");
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> NEXT = new java.util.concurrent.ConcurrentHashMap<>();

    private BenchUsers() {
    }

    /** The next of the persona's {@code count} accounts, round robin, e.g. {@code bench-nurse-03}: one per virtual user. */
    static String next(String persona, int count) {
        int n = NEXT.computeIfAbsent(persona, k -> new java.util.concurrent.atomic.AtomicInteger()).getAndIncrement();
        return String.format("bench-%s-%02d", persona, n % Math.max(1, count) + 1);
    }

    /** Makes sure {@code bench-<persona>-01} … {@code -<count>} exist with the persona's role. */
    static void ensure(String persona, int count) {
        String role = ROLES.get(persona);
        if (role == null) {
            throw new IllegalArgumentException("no bench role for " + persona);
        }
        try {
            String admin = adminToken();
            String roleJson = call(admin, "GET", "/admin/realms/clinic/roles/" + role, null, 200);
            int created = 0;
            for (int n = 1; n <= count; n++) {
                String user = String.format("bench-%s-%02d", persona, n);
                HttpResponse<String> r = send(admin, "POST", "/admin/realms/clinic/users", "{\"username\":\"" + user + "\",\"enabled\":true,"
                        + "\"emailVerified\":true,\"firstName\":\"Bench\",\"lastName\":\"" + user + "\",\"email\":\"" + user + "@bench.example\","
                        + "\"credentials\":[{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}]}");
                if (r.statusCode() == 409) {
                    continue; // made by an earlier run, with its role
                }
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("Keycloak refused to create " + user + ": " + r.statusCode() + " " + r.body());
                }
                String location = r.headers().firstValue("Location").orElseThrow();
                String id = location.substring(location.lastIndexOf('/') + 1);
                call(admin, "POST", "/admin/realms/clinic/users/" + id + "/role-mappings/realm", "[" + roleJson + "]", 204);
                created++;
            }
            System.out.println("bench accounts for " + persona + ": " + count + " (" + created + " new)");
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach Keycloak's admin API at " + Bench.KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Bench.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=" + ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("Keycloak's admin sign-in failed (KC_ADMIN_PASSWORD is passed as -Dbench.kcAdminPassword): " + r.body());
        }
        return m.group(1);
    }

    private static String call(String token, String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = send(token, method, path, json);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Bench.KEYCLOAK + path)).header("Authorization", "Bearer " + token);
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
