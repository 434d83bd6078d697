package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** Booking refusals explain themselves, and only the front desk books. */
class SchedulingIT {

    private static String providerId;
    private static String providerUsername;
    private static String chairId;
    private static LocalDate monday;

    @BeforeAll
    static void setUp() {
        String suffix = Long.toString(System.nanoTime(), 36);
        providerUsername = "sched-" + suffix;
        providerId = Suite.json(Suite.post("admin", "/api/scheduling/providers",
                "{\"username\":\"" + providerUsername + "\",\"displayName\":\"Nora Sched " + suffix + "\",\"discipline\":\"NURSE\",\"npi\":\"1234567893\","
                        + "\"hours\":[{\"dayOfWeek\":1,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}]}").body()).get("id").asText();
        chairId = Suite.json(Suite.post("admin", "/api/scheduling/resources",
                "{\"name\":\"Chair " + suffix + "\",\"kind\":\"INFUSION_CHAIR\"}").body()).get("id").asText();
        monday = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private static String patient() {
        return Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Sam", Suite.uniqueFamily("Sched"), "1975-05-15")).body())
                .get("id").asText();
    }

    private static HttpResponse<String> book(String user, String patient, String at, String type) {
        return Suite.post(user, "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + providerId
                + "\",\"resourceId\":\"" + chairId + "\",\"typeCode\":\"" + type + "\",\"startsAt\":\"" + at + "\"}");
    }

    @Test
    void providersAndRoomsComeAPageAtATime_filteredByName() {
        String tag = "pg" + Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 3; i++) {
            assertThat(Suite.post("admin", "/api/scheduling/resources", "{\"name\":\"Room " + tag + " " + i + "\",\"kind\":\"EXAM_ROOM\"}")
                    .statusCode()).isEqualTo(201);
        }
        JsonNode first = Suite.json(Suite.get("frontdesk", "/api/scheduling/resources?q=" + tag + "&limit=2").body());
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("rows").findValuesAsText("name")).containsExactly("Room " + tag + " 1", "Room " + tag + " 2");
        JsonNode second = Suite.json(Suite.get("frontdesk", "/api/scheduling/resources?q=" + tag.toUpperCase() + "&limit=2&offset=2").body());
        assertThat(second.get("rows").findValuesAsText("name")).containsExactly("Room " + tag + " 3");

        JsonNode byUsername = Suite.json(Suite.get("billing", "/api/scheduling/providers?q=" + providerUsername).body());
        assertThat(byUsername.get("total").asLong()).isEqualTo(1);
        assertThat(byUsername.get("rows").get(0).get("id").asText()).isEqualTo(providerId);
        assertThat(Suite.get("frontdesk", "/api/scheduling/providers").body()).contains("\"total\"");
        HttpResponse<String> tooMany = Suite.get("frontdesk", "/api/scheduling/providers?limit=5000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Suite.json(tooMany.body()).get("message").asText()).contains("limit must be between 1 and 200");
    }

    @Test
    void refusals_sayWhy() {
        String p = patient();
        assertThat(Suite.json(book("frontdesk", p, monday + "T16:30", "INFUSION_60").body()).get("message").asText())
                .contains("does not work");
        assertThat(Suite.json(book("frontdesk", p, "2020-01-06T09:00", "INFUSION_60").body()).get("message").asText())
                .contains("already passed");
        assertThat(Suite.json(book("frontdesk", p, monday + "T09:00", "PT_VISIT").body()).get("message").asText())
                .contains("physical therapy provider");
        assertThat(book("billing", p, monday + "T09:00", "INFUSION_60").statusCode()).isEqualTo(403);
        assertThat(book("physician", p, monday + "T09:00", "INFUSION_60").statusCode()).isEqualTo(403);
    }

    @Test
    void theChairStaysBusyThroughRecovery_andALateCancellationIsFlagged() throws Exception {
        HttpResponse<String> first = book("frontdesk", patient(), monday + "T10:00", "INFUSION_60");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        // 11:00–11:30 is recovery: the chair is still busy
        HttpResponse<String> tooSoon = book("frontdesk", patient(), monday + "T11:15", "INFUSION_60");
        assertThat(tooSoon.statusCode()).isEqualTo(422);
        assertThat(Suite.json(tooSoon.body()).get("error").asText()).isEqualTo("appointment.slotTaken");
        assertThat(book("frontdesk", patient(), monday + "T11:30", "INFUSION_60").statusCode()).isEqualTo(201);

        JsonNode a = Suite.json(first.body());
        HttpResponse<String> cancelled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP
                        + "/api/scheduling/appointments/" + a.get("id").asText() + "/cancellation?version=" + a.get("version").asLong()))
                .header("Authorization", "Bearer " + Suite.token("frontdesk")).header("Content-Type", "text/plain").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("Patient has a cold")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Suite.json(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
        // the freed slot can be booked again
        assertThat(book("frontdesk", patient(), monday + "T10:00", "INFUSION_60").statusCode()).isEqualTo(201);
    }

    @Test
    void billingSeesAPatientsAppointmentDatesAndTypes() {
        String p = patient();
        assertThat(book("frontdesk", p, monday + "T13:00", "INFUSION_60").statusCode()).isEqualTo(201);
        JsonNode list = Suite.json(Suite.get("billing", "/api/scheduling/appointments?patient=" + p).body());
        assertThat(list.findValuesAsText("typeCode")).containsExactly("INFUSION_60");
    }

    @Test
    void rescheduling_checksTheSameRules_andAClashIsRefusedWithoutAnErrorPage() {
        LocalDate week2 = monday.plusWeeks(1);
        JsonNode first = Suite.json(book("frontdesk", patient(), week2 + "T09:00", "INFUSION_60").body());
        JsonNode second = Suite.json(book("frontdesk", patient(), week2 + "T13:00", "INFUSION_60").body());
        String moveSecond = "/api/scheduling/appointments/" + second.get("id").asText() + "/reschedule?version=" + second.get("version").asLong();

        HttpResponse<String> clash = Suite.post("frontdesk", moveSecond, "{\"startsAt\":\"" + week2 + "T09:30\"}");
        assertThat(clash.statusCode()).isEqualTo(422);
        assertThat(Suite.json(clash.body()).get("message").asText()).contains("already booked at that time");
        assertThat(Suite.json(Suite.post("frontdesk", moveSecond, "{\"startsAt\":\"" + week2 + "T16:30\"}").body()).get("message").asText())
                .contains("does not work");
        assertThat(Suite.post("physician", moveSecond, "{\"startsAt\":\"" + week2 + "T11:00\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> moved = Suite.post("frontdesk", moveSecond, "{\"startsAt\":\"" + week2 + "T10:30\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Suite.json(moved.body()).get("startsAt").asText()).isNotEqualTo(second.get("startsAt").asText());
        // the old slot is free again
        assertThat(book("frontdesk", patient(), week2 + "T13:00", "INFUSION_60").statusCode()).isEqualTo(201);
        assertThat(first.get("status").asText()).isEqualTo("BOOKED");
    }

    @Test
    void leaveAndHolidays_refuseBookings_namingTheReason() {
        LocalDate week3 = monday.plusWeeks(3);
        HttpResponse<String> leave = Suite.post("admin", "/api/scheduling/absences",
                "{\"providerId\":\"" + providerId + "\",\"firstDay\":\"" + week3 + "\",\"reason\":\"Annual leave\"}");
        assertThat(leave.statusCode()).as(leave.body()).isEqualTo(201);
        assertThat(Suite.json(book("frontdesk", patient(), week3 + "T09:00", "INFUSION_60").body()).get("message").asText())
                .contains("is away on " + week3 + " (Annual leave)");
        assertThat(Suite.post("frontdesk", "/api/scheduling/absences", "{\"firstDay\":\"" + week3 + "\",\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        LocalDate farMonday = LocalDate.now().plusDays(300).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        assertThat(Suite.post("admin", "/api/scheduling/absences", "{\"firstDay\":\"" + farMonday + "\",\"lastDay\":\"" + farMonday.minusDays(1)
                + "\",\"reason\":\"Backwards\"}").statusCode()).isEqualTo(422);
        Suite.post("admin", "/api/scheduling/absences", "{\"firstDay\":\"" + farMonday + "\",\"reason\":\"Clinic closed for training\"}");
        assertThat(Suite.json(book("frontdesk", patient(), farMonday + "T09:00", "INFUSION_60").body()).get("message").asText())
                .contains("The clinic is closed on " + farMonday + " (Clinic closed for training)");
    }

    @Test
    void pastAppointments_canBeRecordedAsHistory_butNotInTheFuture_andOnlyByTheFrontDesk() {
        LocalDate lastMonday = LocalDate.now().minusWeeks(1 + System.nanoTime() % 50).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String p = patient();
        String past = "[{\"patientId\":\"" + p + "\",\"providerId\":\"" + providerId + "\",\"resourceId\":\"" + chairId
                + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + lastMonday + "T09:00\",\"status\":\"COMPLETED\"}]";
        assertThat(Suite.post("admin", "/api/scheduling/appointments/history", past).statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = Suite.post("frontdesk", "/api/scheduling/appointments/history", past);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(Suite.json(recorded.body()).get(0).get("status").asText()).isEqualTo("COMPLETED");
        // the same slot again: the no-overlap rules hold for history too
        assertThat(Suite.post("frontdesk", "/api/scheduling/appointments/history", past).statusCode()).isEqualTo(422);
        HttpResponse<String> future = Suite.post("frontdesk", "/api/scheduling/appointments/history",
                past.replace(lastMonday + "T09:00", monday.plusWeeks(5) + "T09:00"));
        assertThat(Suite.json(future.body()).get("message").asText()).contains("Only appointments that are over");
    }
}
