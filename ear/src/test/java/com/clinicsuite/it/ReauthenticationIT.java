package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password confirmations (plan signatures, a second clinician's dose check) are checked with Keycloak by a password
 * grant; the session that grant opens is ended at once, so confirmations do not pile up sessions in Keycloak.
 */
class ReauthenticationIT {

    @Test
    void signing_confirmsThePasswordWithKeycloak_andLeavesNoKeycloakSessionBehind() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String physician = PlanIT.provider("reauth-md-" + Long.toString(System.nanoTime(), 36), "Dr Reauth", "PHYSICIAN");
        Suite.token("physician");
        String admin = ProductionRealmIT.adminToken();
        String user = Suite.json(ProductionRealmIT.admin(admin, "GET", "/clinic/users?username=physician&exact=true", null).body()).get(0)
                .get("id").asText();
        int before = Suite.json(ProductionRealmIT.admin(admin, "GET", "/clinic/users/" + user + "/sessions", null).body()).size();
        JsonNode signed = PlanIT.signedIvPlan(patient, physician, 6);
        assertThat(signed.get("status").asText()).isEqualTo("ACTIVE");
        // the password grant opened a session; the suite ends it at once (in the background, so allow it a moment)
        int after = Integer.MAX_VALUE;
        for (int i = 0; i < 50 && after > before; i++) {
            Thread.sleep(100);
            after = Suite.json(ProductionRealmIT.admin(admin, "GET", "/clinic/users/" + user + "/sessions", null).body()).size();
        }
        assertThat(after).isLessThanOrEqualTo(before);
    }
}
