package com.clinicsuite.shared.infrastructure;

import com.clinicsuite.shared.application.Reauthentication;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Re-authentication against the clinic realm in Keycloak: a resource-owner password grant for the web client
 * (confidential, so only the server holding its secret can use the grant). Failed attempts count towards
 * Keycloak's brute-force lockout like any other login. The tokens returned are discarded.
 */
@ApplicationScoped
public class KeycloakReauthentication implements Reauthentication {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public java.util.Set<String> confirm(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new BusinessRuleException("reauth.required", "password", "Enter your password to sign.");
        }
        String form = Map.of("grant_type", "password", "client_id", env("CLINIC_OIDC_CLIENT_ID", "clinic-web"),
                        "client_secret", env("CLINIC_OIDC_CLIENT_SECRET", "clinic-web-local-secret"),
                        "username", username, "password", password, "scope", "openid")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(env("CLINIC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/clinic")
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        int status;
        String body;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body() == null ? "" : response.body();
        } catch (IOException e) {
            throw new BusinessRuleException("reauth.unavailable", "password", "The sign-in service cannot be reached, so the signature cannot be confirmed; try again in a minute.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessRuleException("reauth.unavailable", "password", "Signing was interrupted; try again.");
        }
        if (body.contains("unauthorized_client") || body.contains("invalid_client")) {
            throw new BusinessRuleException("reauth.misconfigured", "password", "The sign-in service does not allow signature confirmation for this"
                    + " application (Keycloak client: enable direct access grants; see docs/operations.md). Nothing was signed.");
        }
        if (body.contains("Account disabled") || body.contains("temporarily disabled")) {
            throw new BusinessRuleException("reauth.locked", "password", "Your account is temporarily locked after failed attempts; try again later.");
        }
        if (status == 401 || status == 400) {
            throw new BusinessRuleException("reauth.failed", "password", "That password is not correct; nothing was signed.");
        }
        if (status != 200) {
            throw new BusinessRuleException("reauth.unavailable", "password", "The sign-in service answered " + status + "; nothing was signed.");
        }
        return roles(body);
    }

    /** The realm roles in the access token of a token response (the token came straight from Keycloak over this call). */
    static java.util.Set<String> roles(String tokenResponse) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(tokenResponse))) {
            String token = reader.readObject().getString("access_token", "");
            String[] parts = token.split("\\.");
            if (parts.length < 2) {
                return java.util.Set.of();
            }
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            try (var claims = jakarta.json.Json.createReader(new java.io.StringReader(payload))) {
                var realmAccess = claims.readObject().getJsonObject("realm_access");
                if (realmAccess == null || realmAccess.getJsonArray("roles") == null) {
                    return java.util.Set.of();
                }
                return realmAccess.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).collect(java.util.stream.Collectors.toUnmodifiableSet());
            }
        } catch (RuntimeException malformed) {
            return java.util.Set.of();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
