package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator changes the infusion alert thresholds; the next reading is judged by the new values. */
class MonitoringThresholdsIT {

    static String body(JsonNode t, int maxHeartRate) {
        return "{\"maxSystolic\":" + t.get("maxSystolic").asInt() + ",\"maxDiastolic\":" + t.get("maxDiastolic").asInt() + ",\"maxHeartRate\":" + maxHeartRate
                + ",\"minHeartRate\":" + t.get("minHeartRate").asInt() + ",\"minSpo2\":" + t.get("minSpo2").asInt() + ",\"minRespiratoryRate\":"
                + t.get("minRespiratoryRate").asInt() + ",\"preStartSystolic\":" + t.get("preStartSystolic").asInt() + ",\"preStartDiastolic\":"
                + t.get("preStartDiastolic").asInt() + ",\"dischargeTolerancePercent\":" + t.get("dischargeTolerancePercent").asInt() + "}";
    }

    @Test
    void aLowerHeartRateLimit_raisesTheAlertOnTheNextReading_andOutOfRangeValuesAreRefused() throws Exception {
        JsonNode t = Suite.json(Suite.get("nurse", "/api/settings/monitoring").body());
        assertThat(t.get("maxHeartRate").asInt()).isEqualTo(120);
        assertThat(Suite.put("nurse", "/api/settings/monitoring?version=" + t.get("version").asLong(), body(t, 110)).statusCode()).isEqualTo(403);
        HttpResponse<String> unsafe = Suite.put("admin", "/api/settings/monitoring?version=" + t.get("version").asLong(), body(t, 300));
        assertThat(unsafe.statusCode()).isEqualTo(422);
        assertThat(Suite.json(unsafe.body()).get("message").asText()).contains("between 90 and 180");
        JsonNode lowered = PlanIT.ok(Suite.put("admin", "/api/settings/monitoring?version=" + t.get("version").asLong(), body(t, 110)));
        try {
            JsonNode visit = BillingIT.pastInfusion(PlanIT.eligiblePatient(), "[[130,84,115,97,14,1,6]]");
            assertThat(visit.get("readings").get(1).get("alerts").asText()).contains("Heart rate 115 is above 110");
        } finally {
            PlanIT.ok(Suite.put("admin", "/api/settings/monitoring?version=" + lowered.get("version").asLong(), body(t, 120)));
        }
    }
}
