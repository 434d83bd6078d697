package com.clinicsuite.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Hardening headers on pages, the API and error responses alike. */
class HeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/patients/list.xhtml", "/api/patients?limit=1", "/api/plans/templates", "/no-such-page.xhtml"})
    void everyResponse_carriesTheHardeningHeaders_andIsNotCached(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + path))
                .header("Authorization", "Bearer " + Suite.token("physician")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.body()).doesNotContain("Exception", "at com.clinicsuite", "org.hibernate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"physician:/", "physician:/patients/list.xhtml", "physician:/patients/record.xhtml", "billing:/billing/charges.xhtml",
            "frontdesk:/schedule/calendar.xhtml", "admin:/admin/audit.xhtml"})
    void pages_allowOnlyTheirOwnScripts_withAPerRequestNonce_andNoInlineOrEval(String userAndPath) throws Exception {
        String user = userAndPath.substring(0, userAndPath.indexOf(':'));
        String path = userAndPath.substring(userAndPath.indexOf(':') + 1);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + path))
                .header("Authorization", "Bearer " + Suite.token(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        java.util.List<String> policies = r.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        assertThat(scripts).contains("script-src 'self'", "'nonce-").doesNotContain("unsafe-inline", "unsafe-eval");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(r.body());
        int inline = 0;
        while (script.find()) {
            String attributes = script.group(1);
            if (!attributes.contains("src=")) {
                inline++;
                assertThat(attributes).as("an inline script without the nonce").contains("nonce=\"" + nonce + "\"");
            }
        }
        assertThat(inline).as("PrimeFaces renders its widgets through nonce'd scripts").isPositive();
        assertThat(r.body()).doesNotContain(" onclick=\"", " onchange=\"");
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + path))
                .header("Authorization", "Bearer " + Suite.token(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.headers().allValues("Content-Security-Policy").toString()).as("a new nonce per response").doesNotContain(nonce);
    }
}
