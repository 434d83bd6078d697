package com.clinicsuite.perf;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Set-up calls a benchmark makes as the administrator before its users start (plain HTTP, not measured). */
final class Admin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Admin() {
    }

    /** POSTs the JSON as admin and returns the new row's id. */
    static String create(String path, String json) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Bench.APP + path)).header("Authorization", "Bearer " + token("admin"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException(path + " returned no id: " + r.body());
            }
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Working hours around the clock, every day. */
    static String allWeek() {
        StringBuilder b = new StringBuilder();
        for (int d = 1; d <= 7; d++) {
            b.append(d > 1 ? "," : "").append("{\"dayOfWeek\":").append(d).append(",\"starts\":\"00:00:00\",\"ends\":\"23:59:00\"}");
        }
        return b.toString();
    }

    static String token(String user) throws java.io.IOException, InterruptedException {
        String form = "grant_type=password&client_id=clinic-tests&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Bench.KEYCLOAK + "/realms/clinic/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": " + r.body());
        }
        return m.group(1);
    }
}
