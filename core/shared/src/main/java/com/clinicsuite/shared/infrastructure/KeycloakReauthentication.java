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
 * Keycloak's brute-force lockout like any other login. The tokens returned are discarded and the session they
 * opened is ended at once.
 */
@ApplicationScoped
public class KeycloakReauthentication implements Reauthentication {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One confirmation at a time per user (striped by username). Keycloak 26's brute-force protection refuses a
     * password grant while another one for the same user is under way ("user_temporarily_disabled", reported to us
     * as a wrong password): two nurses asking the same physician to confirm a dose at the same moment would otherwise
     * see one of them refused. The mixed benchmark hit this twice in 30 minutes. The turn lasts until the session the
     * grant opened has been ended too (a permit, not a lock, because that ends on the HTTP client's thread): the demo
     * data was refused once when a grant for a physician followed the previous confirmation's logout within milliseconds.
     */
    private final java.util.concurrent.Semaphore[] perUser = java.util.stream.Stream.generate(() -> new java.util.concurrent.Semaphore(1))
            .limit(64).toArray(java.util.concurrent.Semaphore[]::new);

    @Override
    public java.util.Set<String> confirm(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new BusinessRuleException("reauth.user", "username", "Name the user who confirms.");
        }
        if (password == null || password.isEmpty()) {
            throw new BusinessRuleException("reauth.required", "password", "Enter your password to sign.");
        }
        String form = form(Map.of("grant_type", "password", "username", username, "password", password, "scope", "openid"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        int status;
        String body;
        java.util.concurrent.Semaphore turn = perUser[Math.floorMod(username.strip().toLowerCase(java.util.Locale.ROOT).hashCode(), perUser.length)];
        try {
            if (!turn.tryAcquire(15, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new BusinessRuleException("reauth.busy", "password", "The sign-in service is busy confirming " + username + "; try again.");
            }
            boolean handedOver = false;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body() == null ? "" : response.body();
                if (status == 200) {
                    handedOver = endSession(body, turn::release);
                }
            } finally {
                if (!handedOver) {
                    turn.release();
                }
            }
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

    /**
     * Ends the Keycloak session the password grant opened (by its refresh token), in the background: a confirmation
     * needs no session, and each one left open held memory in Keycloak until its idle timeout (thousands of them
     * under the 100-user benchmark ran Keycloak out of heap). A failure here changes nothing for the signature.
     * {@code whenEnded} runs when Keycloak has answered (or the request failed or timed out); returns false, without
     * running it, when there is no session to end.
     */
    private boolean endSession(String tokenResponse, Runnable whenEnded) {
        String refreshToken;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(tokenResponse))) {
            refreshToken = reader.readObject().getString("refresh_token", "");
        } catch (RuntimeException malformed) {
            return false;
        }
        if (refreshToken.isEmpty()) {
            return false;
        }
        String form = form(Map.of("refresh_token", refreshToken));
        http.sendAsync(HttpRequest.newBuilder(URI.create(endpoint("logout"))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).whenComplete((ended, failed) -> whenEnded.run());
        return true;
    }

    /** A form for the web client: its id and secret with these fields. */
    private static String form(Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("client_id", env("CLINIC_OIDC_CLIENT_ID", "clinic-web"));
        all.put("client_secret", env("CLINIC_OIDC_CLIENT_SECRET", "clinic-web-local-secret"));
        return all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String endpoint(String name) {
        return env("CLINIC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/clinic") + "/protocol/openid-connect/" + name;
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
