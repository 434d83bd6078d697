package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous requests are sent to Keycloak and never get an application session. */
class AnonymousRequestIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anAnonymousPageRequest_isRedirectedToKeycloak_withoutASession() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).startsWith(Suite.KEYCLOAK + "/realms/clinic/protocol/openid-connect/auth")
                        .contains("code_challenge_method=S256"));
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("CLINICSESSION"));
    }

    @Test
    void theSignedOutPage_isPublic_andCreatesNoSession() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/goodbye.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("You have signed out");
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}
