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
}
