package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL statements per request (the {@code X-Sql-Statements} header the suite adds when {@code CLINIC_SQL_COUNT=true}):
 * the patient search, the chart and the day's appointments run the same number of statements whether they show a
 * few rows or many, so no N+1 query hides in them; and each stays under its ceiling. Counts, never times.
 */
class StatementCountIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Ceilings, lowered as the screens get leaner (docs/performance.md tracks them against the budget of 10 for the chart). */
    static final int SEARCH_CEILING = 4;
    static final int DAY_LIST_CEILING = 8;
    static final int CHART_CEILING = 10;

    @Test
    void thePatientSearch_runsAFixedNumberOfStatements_howeverManyPatientsMatch() throws Exception {
        String few = Suite.uniqueFamily("Fewq");
        String many = Suite.uniqueFamily("Manyq");
        for (int i = 0; i < 2; i++) {
            register(few, i);
        }
        for (int i = 0; i < 25; i++) {
            register(many, i);
        }
        int small = statements("frontdesk", "/api/patients?q=" + few + "&limit=25");
        int large = statements("frontdesk", "/api/patients?q=" + many + "&limit=25");
        System.out.println("SQL statements: patient search " + small + " (2 matches), " + large + " (25 matches)");
        assertThat(large).as("25 matches cost what 2 do").isEqualTo(small);
        assertThat(small).isPositive().isLessThanOrEqualTo(SEARCH_CEILING);
    }

    @Test
    void theDaysAppointments_runAFixedNumberOfStatements_howeverManyAreBooked() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String provider = PlanIT.provider("sc-" + s, "Nurse Count " + s, "NURSE");
        LocalDate quiet = LocalDate.now().plusYears(6).plusDays((long) (Math.random() * 300));
        LocalDate busy = quiet.plusDays(1);
        book(provider, quiet, 1, s);
        book(provider, busy, 12, s);
        int small = statements("frontdesk", "/api/scheduling/appointments?day=" + quiet);
        int large = statements("frontdesk", "/api/scheduling/appointments?day=" + busy);
        System.out.println("SQL statements: day list " + small + " (1 appointment), " + large + " (12 appointments)");
        assertThat(large).as("12 appointments cost what 1 does").isEqualTo(small);
        assertThat(small).isPositive().isLessThanOrEqualTo(DAY_LIST_CEILING);
    }

    @Test
    void theChart_runsAFixedNumberOfStatements_howeverLongThePatientsHistory() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String provider = PlanIT.provider("ch-" + s, "Nurse Chart " + s, "NURSE");
        String shortHistory = PlanIT.eligiblePatient();
        String longHistory = PlanIT.eligiblePatient();
        history(shortHistory, provider, 2, s + "a", 9);
        history(longHistory, provider, 30, s + "b", 13);
        for (int i = 0; i < 5; i++) {
            PlanIT.ok(Suite.post("nurse", "/api/charts/" + longHistory + "/questionnaires",
                    "{\"instrument\":\"NRS\",\"answers\":[" + (3 + i) + "],\"takenOn\":\"" + LocalDate.now().minusDays(10 + i) + "\"}"));
        }
        statements("physician", "/patients/chart.xhtml?id=" + shortHistory); // warm the view's first-use paths
        int small = statements("physician", "/patients/chart.xhtml?id=" + shortHistory);
        int large = statements("physician", "/patients/chart.xhtml?id=" + longHistory);
        System.out.println("SQL statements: chart page " + small + " (2 visits), " + large + " (30 visits)");
        assertThat(large).as("30 past appointments and 6 questionnaires cost what 2 and 1 do").isEqualTo(small);
        assertThat(small).isPositive().isLessThanOrEqualTo(CHART_CEILING);
    }

    @Test
    void theChartPage_isOneAuditRow_namingItsSections() throws Exception {
        String patient = PlanIT.eligiblePatient();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/patients/chart.xhtml?id=" + patient))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + Suite.token("physician")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String request = page.headers().firstValue("X-Request-Id").orElseThrow();
        java.util.List<String> actions = new java.util.ArrayList<>();
        try (java.sql.Connection c = Suite.database(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT action, detail FROM audit.audit_event WHERE request_id = ? AND patient_id = ?::uuid ORDER BY id")) {
            ps.setString(1, request);
            ps.setString(2, patient);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
        }
        assertThat(actions).as("the page's reads of plans, appointments and packages are covered by its one row")
                .singleElement().asString().startsWith("chart.open: chart page: header, alerts")
                .contains("treatment plans", "appointments", "packages");
    }

    /** The statements the request ran, from the response header. */
    static int statements(String user, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Suite.token(user)).header("Accept", "application/json, text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Integer.parseInt(r.headers().firstValue("X-Sql-Statements").orElseThrow(() -> new AssertionError("no X-Sql-Statements on " + path)));
    }

    private static void register(String family, int i) {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients", Suite.patientJson("Given" + (char) ('a' + i), family,
                LocalDate.of(1960, 1, 1).plusDays(i * 37L).toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static void book(String provider, LocalDate day, int count, String s) {
        for (int i = 0; i < count; i++) {
            String chair = PlanIT.resource("Count chair " + s + "-" + day + "-" + i, "INFUSION_CHAIR");
            String patient = PlanIT.patient();
            PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + provider
                    + "\",\"resourceId\":\"" + chair + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + day + String.format("T%02d:00", 6 + i) + "\"}"));
        }
    }

    /** Past appointments for the patient, one a day going back. */
    private static void history(String patient, String provider, int count, String s, int hour) {
        String chair = PlanIT.resource("History chair " + s, "INFUSION_CHAIR");
        StringBuilder b = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            b.append(i > 1 ? "," : "").append("{\"patientId\":\"").append(patient).append("\",\"providerId\":\"").append(provider)
                    .append("\",\"resourceId\":\"").append(chair).append("\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"")
                    .append(LocalDate.now().minusDays(i + 40L)).append(String.format("T%02d:00", hour)).append("\",\"status\":\"COMPLETED\"}");
        }
        HttpResponse<String> r = Suite.post("frontdesk", "/api/scheduling/appointments/history", b.append(']').toString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }
}
