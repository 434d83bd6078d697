package com.clinicsuite.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls Keycloak's admin REST API for this realm as the {@code clinic-web} client's service account (client
 * credentials; the realm gives it read-only {@code realm-management} roles: view-events, view-users, query-users, view-realm). Used to copy sign-in
 * events into the audit trail and to list users and their roles for administrators.
 */
@ApplicationScoped
public class KeycloakServiceAccount {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** GET {@code /admin/realms/<realm><path>} as JSON; throws IllegalStateException with a readable reason when refused. */
    public JsonStructure get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(providerUrl().replace("/realms/", "/admin/realms/") + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + r.statusCode() + " for " + path
                    + " (the clinic-web service account needs realm-management view-events, view-users, query-users and view-realm)");
        }
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    /** The browser address of this realm's user administration in Keycloak's admin console. */
    public String consoleUsersUrl() {
        String provider = providerUrl();
        int realmAt = provider.indexOf("/realms/");
        String realm = provider.substring(realmAt + "/realms/".length());
        return provider.substring(0, realmAt) + "/admin/master/console/#/" + realm + "/users";
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(env("CLINIC_OIDC_CLIENT_ID", "clinic-web"), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(env("CLINIC_OIDC_CLIENT_SECRET", "clinic-web-local-secret"), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(providerUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the service account token (" + r.statusCode() + "); enable the clinic-web service account");
        }
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static String providerUrl() {
        return env("CLINIC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/clinic");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
