package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Treatment plans against the real server: activation gates, re-authentication at signing, versions, role rules,
 * series proposal and all-or-nothing booking, attendance and the response review into maintenance.
 */
class PlanIT {

    static final String ALL_NO = "{\"POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE\":\"NO\",\"PREGNANCY\":\"NO\",\"ACTIVE_PSYCHOSIS\":\"NO\","
            + "\"SEVERE_HEPATIC_DISEASE\":\"NO\",\"MODERATE_HEPATIC_DISEASE\":\"NO\",\"ELEVATED_INTRACRANIAL_PRESSURE\":\"NO\","
            + "\"ELEVATED_INTRAOCULAR_PRESSURE\":\"NO\",\"ACTIVE_SUBSTANCE_ABUSE\":\"NO\",\"KETAMINE_HYPERSENSITIVITY\":\"NO\"}";

    private static String physicianId;
    private static String nurseId;
    private static String therapistId;
    private static String counselorId;
    private static String chairId;

    @BeforeAll
    static void setUp() {
        String s = Long.toString(System.nanoTime(), 36);
        physicianId = provider("plan-md-" + s, "Dr Plan " + s, "PHYSICIAN");
        nurseId = provider("plan-rn-" + s, "Nurse Plan " + s, "NURSE");
        therapistId = provider("plan-pt-" + s, "PT Plan " + s, "PHYSICAL_THERAPY");
        counselorId = provider("plan-co-" + s, "Counselor Plan " + s, "COUNSELING");
        chairId = resource("Plan chair " + s, "INFUSION_CHAIR");
        resource("Plan gym " + s, "PT_ROOM");
        resource("Plan talk room " + s, "COUNSELING_ROOM");
    }

    /** Works every day, all day, so that tests run at any hour. */
    static String provider(String username, String name, String discipline) {
        StringBuilder hours = new StringBuilder();
        for (int d = 1; d <= 7; d++) {
            hours.append(d > 1 ? "," : "").append("{\"dayOfWeek\":").append(d).append(",\"starts\":\"00:00:00\",\"ends\":\"23:59:00\"}");
        }
        HttpResponse<String> r = Suite.post("admin", "/api/scheduling/providers", "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\",\"discipline\":\"" + discipline + "\",\"hours\":[" + hours + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body()).get("id").asText();
    }

    static String resource(String name, String kind) {
        HttpResponse<String> r = Suite.post("admin", "/api/scheduling/resources", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body()).get("id").asText();
    }

    static String patient() {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients", Suite.patientJson("Paula", Suite.uniqueFamily("Plan"), "1972-03-08"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body()).get("id").asText();
    }

    /** A complete, eligible intake with a CRPS diagnosis and a baseline NRS of 8. */
    static String eligiblePatient() {
        String id = patient();
        JsonNode v = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/screen?version=0", ALL_NO).body());
        v = Suite.json(Suite.post("physician", "/api/charts/" + id + "/intake/diagnoses?version=" + v.get("version").asLong(),
                "{\"code\":\"G90.512\",\"bodySite\":\"hand\",\"laterality\":\"left\",\"character\":\"burning\"}").body());
        HttpResponse<String> decided = Suite.post("physician", "/api/charts/" + id + "/intake/decision?version=" + v.get("version").asLong(),
                "{\"decision\":\"ELIGIBLE\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpResponse<String> nrs = Suite.post("physician", "/api/charts/" + id + "/questionnaires",
                "{\"instrument\":\"NRS\",\"answers\":[8],\"takenOn\":\"" + LocalDate.now() + "\"}");
        assertThat(nrs.statusCode()).as(nrs.body()).isEqualTo(200);
        return id;
    }

    static JsonNode start(String patientId) {
        HttpResponse<String> r = Suite.post("physician", "/api/plans?patient=" + patientId, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body());
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return Suite.json(r.body());
    }

    static String path(JsonNode plan, String tail) {
        return "/api/plans/" + plan.get("id").asText() + tail + "?version=" + plan.get("version").asLong();
    }

    static JsonNode counseling(JsonNode plan, boolean integration) {
        return ok(Suite.put("physician", path(plan, "/counseling"), "{\"clinicianId\":\"" + counselorId + "\",\"intakeEvaluation\":true,"
                + "\"sessions\":4,\"everyDays\":7,\"modality\":\"KAP_PREPARATION_INTEGRATION\",\"integrationRule\":" + integration + "}"));
    }

    static JsonNode ivKetamine(JsonNode plan, int sessions, String extra) {
        return ok(Suite.put("physician", path(plan, "/ketamine/iv"), "{\"clinicianId\":\"" + physicianId + "\",\"protocolCode\":\"SHORT-60\","
                + "\"inductionSessions\":" + sessions + ",\"minGapDays\":2,\"maxGapDays\":4" + extra + "}"));
    }

    @Test
    void activation_isRefusedForAnIneligiblePatient_andTheMessageSaysWhy() {
        String id = patient();
        JsonNode plan = start(id);
        plan = counseling(plan, false);
        HttpResponse<String> sign = Suite.postText("physician", path(plan, "/signature"), "demo");
        assertThat(sign.statusCode()).isEqualTo(422);
        assertThat(Suite.json(sign.body()).get("message").asText())
                .contains("cannot be signed", "no pain diagnosis", "unanswered", "No eligibility decision", "at least one indication");
        assertThat(ok(Suite.get("physician", "/api/plans/" + plan.get("id").asText())).get("status").asText()).isEqualTo("DRAFT");

        // an unresolved gate is named
        String blocked = patient();
        JsonNode v = Suite.json(Suite.post("physician", "/api/charts/" + blocked + "/intake/screen?version=0",
                ALL_NO.replace("\"PREGNANCY\":\"NO\"", "\"PREGNANCY\":\"UNKNOWN\"")).body());
        Suite.post("physician", "/api/charts/" + blocked + "/intake/diagnoses?version=" + v.get("version").asLong(), "{\"code\":\"M79.7\"}");
        JsonNode other = counseling(start(blocked), false);
        HttpResponse<String> refused = Suite.postText("physician", path(other, "/signature"), "demo");
        assertThat(Suite.json(refused.body()).get("message").asText()).contains("contraindication gate is unresolved: Pregnancy");
    }

    @Test
    void signing_needsThePhysiciansPassword_andADoseAboveTheProtocolNeedsAJustification() throws Exception {
        String id = eligiblePatient();
        JsonNode plan = start(id);
        assertThat(plan.get("indications").get(0).get("code").asText()).isEqualTo("G90.512");
        assertThat(plan.get("indications").get(0).get("evidence").asText()).startsWith("Moderate");

        HttpResponse<String> tooHigh = Suite.put("physician", path(plan, "/ketamine/iv"), "{\"clinicianId\":\"" + physicianId
                + "\",\"protocolCode\":\"SHORT-60\",\"doseMgPerKgPerHour\":2.5}");
        assertThat(tooHigh.statusCode()).isEqualTo(422);
        assertThat(Suite.json(tooHigh.body()).get("message").asText()).contains("rate 2.5 mg/kg/h is above the limit of 2 mg/kg/h", "justification");
        plan = ivKetamine(plan, 6, ",\"doseMgPerKgPerHour\":2.5,\"justification\":\"Partial response at 2 mg/kg/h in 2025 series\"");
        assertThat(plan.get("ketamine").get("justification").asText()).startsWith("Partial response");

        HttpResponse<String> wrong = Suite.postText("physician", path(plan, "/signature"), "not-my-password");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Suite.json(wrong.body()).get("message").asText()).contains("password is not correct");
        assertThat(ok(Suite.get("physician", "/api/plans/" + plan.get("id").asText())).get("status").asText()).isEqualTo("DRAFT");

        JsonNode signed = ok(Suite.postText("physician", path(plan, "/signature"), "demo"));
        assertThat(signed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(signed.get("planVersion").asInt()).isEqualTo(1);
        assertThat(signed.get("baselineNrs").asInt()).isEqualTo(8);
        assertThat(signed.get("signedBy").asText()).isEqualTo("physician");

        // a change to the active plan is a new version, with who and what in the history
        JsonNode changed = ok(Suite.put("physician", path(signed, "/goals"), "{\"nrsTargetPercent\":40,\"functionGoal\":\"ODI below 30 %\"}"));
        assertThat(changed.get("planVersion").asInt()).isEqualTo(2);
        JsonNode last = changed.get("history").get(changed.get("history").size() - 1);
        assertThat(last.get("planVersion").asInt()).isEqualTo(2);
        assertThat(last.get("changedBy").asText()).isEqualTo("physician");
        assertThat(last.get("change").asText()).contains("pain NRS ≥ 40 %", "ODI below 30 %");

        // a stale version is refused, nothing overwritten
        HttpResponse<String> stale = Suite.put("physician", path(signed, "/goals"), "{\"nrsTargetPercent\":50}");
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(Suite.json(stale.body()).get("message").asText()).contains("changed by physician");

        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT action FROM audit.audit_event WHERE patient_id = ? ORDER BY id")) {
            ps.setObject(1, UUID.fromString(id));
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            assertThat(actions).contains("plan.start", "plan.dose.justified", "plan.sign", "plan.goals");
        }
    }

    @Test
    void onlyPhysiciansWrite_otherCliniciansReadTheirOwnComponent_frontDeskSeesOnlyWhatToBook() {
        String id = eligiblePatient();
        JsonNode plan = start(id);
        // the demo nurse and therapist are on this plan's care team (ketamine and PT); the demo counselor is not
        String demoNurse = EmergencyAccessIT.demoProvider("nurse", "NURSE");
        String demoTherapist = EmergencyAccessIT.demoProvider("therapist", "PHYSICAL_THERAPY");
        plan = ok(Suite.put("physician", path(plan, "/ketamine/iv"), "{\"clinicianId\":\"" + demoNurse + "\",\"protocolCode\":\"SHORT-60\","
                + "\"inductionSessions\":6,\"minGapDays\":2,\"maxGapDays\":4}"));
        plan = counseling(plan, true);
        plan = ok(Suite.put("physician", path(plan, "/physical-therapy"), "{\"clinicianId\":\"" + demoTherapist + "\",\"evaluationComplexity\":\"MODERATE\","
                + "\"visitsPerWeek\":2,\"weeks\":6,\"goals\":\"Grip strength 20 kg\",\"recertifyBy\":\"" + LocalDate.now().plusDays(60)
                + "\",\"certifyingPhysician\":\"Dr Plan\"}"));
        String planId = plan.get("id").asText();

        assertThat(Suite.put("nurse", path(plan, "/goals"), "{\"nrsTargetPercent\":40}").statusCode()).isEqualTo(403);
        assertThat(Suite.postText("counselor", path(plan, "/signature"), "demo").statusCode()).isEqualTo(403);
        assertThat(Suite.post("frontdesk", "/api/plans?patient=" + id, "").statusCode()).isEqualTo(403);
        assertThat(Suite.get("frontdesk", "/api/plans/" + planId).statusCode()).isEqualTo(403);
        assertThat(Suite.get("billing", "/api/plans/" + planId).statusCode()).isEqualTo(403);
        assertThat(Suite.get("billing", "/api/plans/" + planId + "/series").statusCode()).isEqualTo(403);

        JsonNode asNurse = ok(Suite.get("nurse", "/api/plans/" + planId));
        assertThat(asNurse.get("ketamine").get("protocolCode").asText()).isEqualTo("SHORT-60");
        assertThat(asNurse.has("physicalTherapy")).as("the nurse does not see PT details").isFalse();
        assertThat(asNurse.get("therapySummary").asText()).startsWith("Physical therapy with");
        JsonNode asTherapist = ok(Suite.get("therapist", "/api/plans/" + planId));
        assertThat(asTherapist.get("physicalTherapy").get("goals").asText()).isEqualTo("Grip strength 20 kg");
        assertThat(asTherapist.has("ketamine")).isFalse();
        assertThat(Suite.get("counselor", "/api/plans/" + planId).statusCode()).as("not on the care team").isEqualTo(403);

        // PT recertification at most 90 days out
        HttpResponse<String> late = Suite.put("physician", path(plan, "/physical-therapy"), "{\"clinicianId\":\"" + demoTherapist
                + "\",\"evaluationComplexity\":\"LOW\",\"visitsPerWeek\":2,\"weeks\":6,\"goals\":\"x\",\"recertifyBy\":\""
                + LocalDate.now().plusDays(91) + "\",\"certifyingPhysician\":\"Dr Plan\"}");
        assertThat(Suite.json(late.body()).get("message").asText()).contains("within 90 days");

        ok(Suite.postText("physician", path(plan, "/signature"), "demo"));
        JsonNode booking = ok(Suite.get("frontdesk", "/api/plans/booking?patient=" + id));
        assertThat(booking.toString()).contains("6 × Ketamine infusion, 60 min").doesNotContain("mg", "G90", "Grip");
    }

    @Test
    void theSeriesProposal_respectsSpacingAndTheIntegrationRule_andBookingIsAllOrNothing() throws Exception {
        String id = eligiblePatient();
        JsonNode plan = start(id);
        plan = ivKetamine(plan, 3, "");
        plan = counseling(plan, true);
        plan = ok(Suite.postText("physician", path(plan, "/signature"), "demo"));
        String planId = plan.get("id").asText();

        LocalDateTime from = LocalDate.now().plusDays(3).atTime(9, 0);
        JsonNode rows = ok(Suite.get("frontdesk", "/api/plans/" + planId + "/series?from=" + from));
        List<String> labels = rows.findValuesAsText("label");
        assertThat(labels).containsExactly("Counseling intake", "Infusion 1 of 3", "Integration after infusion 1", "Infusion 2 of 3",
                "Integration after infusion 2", "Infusion 3 of 3", "Integration after infusion 3");
        List<LocalDateTime> infusions = new ArrayList<>();
        for (JsonNode r : rows) {
            assertThat(r.get("problem")).as(r.toString()).isNull();
            LocalDateTime at = LocalDateTime.parse(r.get("startsAt").asText());
            assertThat(at).isAfterOrEqualTo(from);
            if (r.get("label").asText().startsWith("Infusion")) {
                if (!infusions.isEmpty()) {
                    assertThat(Duration.between(infusions.get(infusions.size() - 1), at)).isBetween(Duration.ofDays(2), Duration.ofDays(4));
                }
                infusions.add(at);
            }
            if (r.get("label").asText().startsWith("Integration")) {
                LocalDateTime infusionEnd = infusions.get(infusions.size() - 1).plusMinutes(60);
                assertThat(Duration.between(infusionEnd, at)).isBetween(Duration.ofHours(24), Duration.ofHours(72));
            }
        }

        // all or nothing: the last row clashes with the first for the same patient
        List<String> books = new ArrayList<>();
        for (JsonNode r : rows) {
            books.add(book(r.get("providerId").asText(), r.get("resourceId").asText(), r.get("typeCode").asText(), r.get("startsAt").asText()));
        }
        JsonNode first = rows.get(1);
        List<String> clashing = new ArrayList<>(books);
        clashing.add(book(nurseId, chairId, "INFUSION_60", first.get("startsAt").asText()));
        HttpResponse<String> refused = Suite.post("frontdesk", "/api/plans/" + planId + "/series", "[" + String.join(",", clashing) + "]");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Suite.json(refused.body()).get("message").asText()).contains("Appointment 8", "Nothing in the series was booked");
        assertThat(countForPlan(planId)).isZero();

        HttpResponse<String> booked = Suite.post("frontdesk", "/api/plans/" + planId + "/series", "[" + String.join(",", books) + "]");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(countForPlan(planId)).isEqualTo(7);
        JsonNode view = ok(Suite.get("physician", "/api/plans/" + planId));
        assertThat(view.get("progress").get("infusionsBooked").asInt()).isEqualTo(3);
        assertThat(view.get("sessions").size()).isEqualTo(7);
    }

    @Test
    void afterTheInductionSeries_aResponderMovesToMaintenance_aNonResponderCannot() {
        String id = eligiblePatient();
        JsonNode plan = ivKetamine(start(id), 1, "");
        plan = ok(Suite.postText("physician", path(plan, "/signature"), "demo"));
        String planId = plan.get("id").asText();

        HttpResponse<String> early = Suite.post("physician", path(plan, "/review"), "{\"currentNrs\":4,\"decision\":\"MAINTENANCE\"}");
        assertThat(Suite.json(early.body()).get("message").asText()).contains("not done: 0 of 1");

        // the one induction infusion, soon enough to check in now
        LocalDateTime soon = LocalDateTime.now().plusMinutes(20).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (soon.toLocalDate().isAfter(LocalDate.now()) || soon.getHour() == 23) {
            soon = LocalDate.now().plusDays(1).atTime(0, 15);
        }
        JsonNode appt = ok(Suite.post("frontdesk", "/api/plans/" + planId + "/series", "[" + book(nurseId, chairId, "INFUSION_60", soon.toString()) + "]")).get(0);
        ok(Suite.post("frontdesk", "/api/scheduling/appointments/" + appt.get("id").asText() + "/check-in?version=" + appt.get("version").asLong(), ""));

        JsonNode due = ok(Suite.get("physician", "/api/plans/" + planId));
        assertThat(due.get("progress").get("reviewDue").asBoolean()).isTrue();
        assertThat(due.get("progress").get("infusionsAttended").asInt()).isEqualTo(1);

        HttpResponse<String> notResponder = Suite.post("physician", path(due, "/review"), "{\"currentNrs\":7,\"decision\":\"MAINTENANCE\"}");
        assertThat(Suite.json(notResponder.body()).get("message").asText()).contains("12.5 % reduction is below the 30 % responder threshold");

        JsonNode reviewed = ok(Suite.post("physician", path(due, "/review"), "{\"currentNrs\":4,\"decision\":\"MAINTENANCE\"}"));
        assertThat(reviewed.get("phase").asText()).isEqualTo("MAINTENANCE");
        JsonNode review = reviewed.get("reviews").get(0);
        assertThat(review.get("reductionPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(review.get("category").asText()).isEqualTo("SUBSTANTIAL");
        assertThat(review.get("responder").asBoolean()).isTrue();
        assertThat(review.get("decision").asText()).isEqualTo("MAINTENANCE");
        assertThat(reviewed.get("planVersion").asInt()).isEqualTo(2);

        // maintenance proposes the next booster 4–8 weeks after the last infusion
        JsonNode booster = ok(Suite.get("frontdesk", "/api/plans/" + planId + "/series")).get(0);
        assertThat(booster.get("label").asText()).isEqualTo("Booster infusion");
        assertThat(LocalDateTime.parse(booster.get("startsAt").asText())).isAfterOrEqualTo(soon.plusWeeks(4)).isBefore(soon.plusWeeks(8).plusDays(1));
    }

    @Test
    void onlyOneOpenPlanPerPatient_evenWhenTwoPhysiciansStartAtOnce() throws Exception {
        String id = eligiblePatient();
        Suite.token("physician");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return Suite.post("physician", "/api/plans?patient=" + id, "").statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(201, 422);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(1);
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM treatment.treatment_plan WHERE patient_id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void closingAPlan_needsAReason_andAClosedPlanCannotChange() {
        String id = eligiblePatient();
        JsonNode plan = ok(Suite.postText("physician", path(counseling(start(id), false), "/signature"), "demo"));
        HttpResponse<String> noReason = Suite.postText("physician", path(plan, "/status/DISCONTINUE"), "");
        assertThat(Suite.json(noReason.body()).get("message").asText()).contains("Give the reason");
        JsonNode held = ok(Suite.postText("physician", path(plan, "/status/HOLD"), "Patient travelling for 3 weeks"));
        assertThat(held.get("status").asText()).isEqualTo("ON_HOLD");
        HttpResponse<String> bookWhileHeld = Suite.get("frontdesk", "/api/plans/" + plan.get("id").asText() + "/series");
        assertThat(Suite.json(bookWhileHeld.body()).get("message").asText()).contains("active, signed plan", "on hold");
        JsonNode stopped = ok(Suite.postText("physician", path(held, "/status/DISCONTINUE"), "Patient moved out of state"));
        assertThat(stopped.get("status").asText()).isEqualTo("DISCONTINUED");
        HttpResponse<String> change = Suite.put("physician", path(stopped, "/goals"), "{\"nrsTargetPercent\":40}");
        assertThat(Suite.json(change.body()).get("message").asText()).contains("discontinued and cannot change");
        // a new plan can be started once the old one is closed
        start(id);
    }

    /** A signed IV ketamine plan (short 60-minute protocol) with a ketamine consent on file. */
    static JsonNode signedIvPlan(String patientId, String physicianId, int sessions) throws Exception {
        assertThat(ConsentIT.upload("frontdesk", patientId, "KETAMINE_INFORMED", ConsentIT.PDF, "ketamine-consent.pdf").statusCode()).isEqualTo(201);
        JsonNode plan = start(patientId);
        plan = ok(Suite.put("physician", path(plan, "/ketamine/iv"), "{\"clinicianId\":\"" + physicianId
                + "\",\"protocolCode\":\"SHORT-60\",\"inductionSessions\":" + sessions + ",\"minGapDays\":2,\"maxGapDays\":4}"));
        return ok(Suite.postText("physician", path(plan, "/signature"), "demo"));
    }

    static String book(String providerId, String resourceId, String type, String startsAt) {
        return "{\"providerId\":\"" + providerId + "\",\"resourceId\":\"" + resourceId + "\",\"typeCode\":\"" + type + "\",\"startsAt\":\"" + startsAt + "\"}";
    }

    static int countForPlan(String planId) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM scheduling.appointment WHERE plan_id = ?")) {
            ps.setObject(1, UUID.fromString(planId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
