package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Insurance policies: one primary in effect at a time; front desk adds, billing reads, clinicians are not involved. */
class InsuranceIT {

    private static String policy(String priority, String payer, String member, String from) {
        return "{\"priority\":\"" + priority + "\",\"payerName\":\"" + payer + "\",\"payerId\":\"60054\",\"memberId\":\"" + member
                + "\",\"groupNumber\":\"G-77\",\"subscriberName\":\"Pat Doe\",\"relationship\":\"SELF\",\"effectiveFrom\":\"" + from + "\"}";
    }

    @Test
    void aSecondOverlappingPrimary_isRefused_butASecondaryIsFine() {
        String id = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Pat", Suite.uniqueFamily("Ins"), "1970-07-07")).body())
                .get("id").asText();
        assertThat(Suite.post("frontdesk", "/api/patients/" + id + "/insurance", policy("PRIMARY", "Aetna", "W111", "2025-01-01")).statusCode())
                .isEqualTo(201);
        HttpResponse<String> clash = Suite.post("frontdesk", "/api/patients/" + id + "/insurance", policy("PRIMARY", "Cigna", "C222", "2026-01-01"));
        assertThat(clash.statusCode()).isEqualTo(422);
        assertThat(Suite.json(clash.body()).get("message").asText()).contains("Aetna", "End it first");
        assertThat(Suite.post("frontdesk", "/api/patients/" + id + "/insurance", policy("SECONDARY", "Cigna", "C222", "2026-01-01")).statusCode())
                .isEqualTo(201);

        assertThat(Suite.json(Suite.get("billing", "/api/patients/" + id + "/insurance").body()).findValuesAsText("memberId"))
                .containsExactlyInAnyOrder("W111", "C222");
        assertThat(Suite.get("physician", "/api/patients/" + id + "/insurance").statusCode()).isEqualTo(403);
        assertThat(Suite.post("billing", "/api/patients/" + id + "/insurance", policy("PRIMARY", "X", "X1", "2020-01-01")).statusCode())
                .isEqualTo(403);
    }
}
