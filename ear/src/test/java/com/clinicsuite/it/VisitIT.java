package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** Documenting a completed infusion afterwards runs the same rules: second-person confirmations, discharge, signatures. */
class VisitIT {

    @Test
    void aCompletedInfusion_isDocumentedAfterwards_withTheSameRules_andOnlyByANurse() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String physicianId = PlanIT.provider("h-md-" + s, "Dr History " + s, "PHYSICIAN");
        String nurseId = PlanIT.provider("h-rn-" + s, "Nurse History " + s, "NURSE");
        String chairId = PlanIT.resource("History chair " + s, "INFUSION_CHAIR");
        String patientId = PlanIT.eligiblePatient();
        JsonNode plan = PlanIT.signedIvPlan(patientId, physicianId, 6);
        LocalDate past = LocalDate.now().minusWeeks(2 + System.nanoTime() % 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        JsonNode appt = PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/history", "[{\"patientId\":\"" + patientId
                + "\",\"providerId\":\"" + nurseId + "\",\"resourceId\":\"" + chairId + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + past
                + "T10:00\",\"planId\":\"" + plan.get("id").asText() + "\",\"status\":\"COMPLETED\"}]")).get(0);
        String body = "{\"appointmentId\":\"" + appt.get("id").asText() + "\",\"weightKg\":80,\"concentrationMgPerMl\":1,\"escortName\":\"Sam\","
                + "\"escortPhone\":\"(555) 300-1000\",\"baseline\":[128,82,72,98,14,0,7],\"readings\":[[130,84,125,97,14,1,6]],"
                + "\"post\":[126,80,74,98,14,0,4],\"administeredMg\":40,\"confirmer\":\"%s\",\"confirmerPassword\":\"demo\","
                + "\"cosigner\":\"physician\",\"cosignerPassword\":\"demo\"}";
        assertThat(Suite.post("physician", "/api/visits/infusions/history", String.format(body, "nurse")).statusCode()).isEqualTo(403);
        HttpResponse<String> self = Suite.post("nurse", "/api/visits/infusions/history", String.format(body, "nurse"));
        assertThat(Suite.json(self.body()).get("message").asText()).contains("A second clinician must confirm");
        HttpResponse<String> ok = Suite.post("nurse", "/api/visits/infusions/history", String.format(body, "physician"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode visit = Suite.json(ok.body());
        assertThat(visit.get("status").asText()).isEqualTo("COSIGNED");
        assertThat(visit.get("infusionMinutes").asInt()).isEqualTo(60);
        assertThat(visit.get("rateMgPerHour").decimalValue()).isEqualByComparingTo("40");
        assertThat(visit.get("readings").get(1).get("alerts").asText()).contains("Heart rate 125 is above 120");
        assertThat(Suite.post("nurse", "/api/visits/infusions/history", String.format(body, "physician")).statusCode()).isEqualTo(422);
        JsonNode summaries = Suite.json(Suite.get("billing", "/api/visits?patient=" + patientId).body());
        assertThat(summaries.get(0).get("kind").asText()).isEqualTo("INFUSION");
        assertThat(summaries.get(0).get("codes").get(0).asText()).isEqualTo("60 infusion minutes");
    }
}
