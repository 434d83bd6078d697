package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators see every user and their roles, read live from Keycloak's admin API, with a link to change them there. */
class UsersOverviewIT {

    static HttpResponse<String> page(String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + "/admin/users.xhtml"))
                .header("Authorization", "Bearer " + Suite.token(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAdministrator_seesWhoHasWhichRole_fromKeycloak() throws Exception {
        HttpResponse<String> r = page("admin");
        assertThat(r.statusCode()).isEqualTo(200);
        String rows = r.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(rows).contains("frontdesk", "front-desk", "therapist", "physical-therapist", "Enabled")
                .doesNotContain("service-account-clinic-web", "could not be asked");
        assertThat(r.body()).contains("/admin/master/console/#/clinic/users");
        assertThat(page("billing").statusCode()).isEqualTo(403);
    }
}
