package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration details, the duplicate warning, corrections with optimistic locking, deactivation, search keys. */
class PatientRecordIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static JsonNode register(String given, String family, String birthDate, String phone) {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients", Suite.patientJson(given, family, birthDate, phone));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.json(r.body());
    }

    private static HttpResponse<String> put(String user, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + path))
                .header("Authorization", "Bearer " + Suite.token(user)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sameNameAndBirthDate_warnsWithTheMatches_andConfirmingRegistersAnyway() {
        String family = Suite.uniqueFamily("Twin");
        JsonNode first = register("Lena", family, "1984-04-04", Suite.uniquePhone());

        HttpResponse<String> warned = Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("lena", family.toUpperCase(), "1984-04-04", Suite.uniquePhone()));
        assertThat(warned.statusCode()).isEqualTo(409);
        JsonNode body = Suite.json(warned.body());
        assertThat(body.get("error").asText()).isEqualTo("patient.possibleDuplicate");
        assertThat(body.get("matches").findValuesAsText("mrn")).containsExactly(first.get("mrn").asText());
        assertThat(Suite.json(Suite.get("frontdesk", "/api/patients?q=" + family).body()).get("total").asInt()).isEqualTo(1);

        HttpResponse<String> confirmed = Suite.post("frontdesk", "/api/patients?confirmDuplicate=true",
                Suite.patientJson("Lena", family, "1984-04-04", Suite.uniquePhone()));
        assertThat(confirmed.statusCode()).isEqualTo(201);
        assertThat(Suite.json(Suite.get("frontdesk", "/api/patients?q=" + family).body()).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void samePhone_warnsToo() {
        String phone = Suite.uniquePhone();
        JsonNode first = register("Ivo", Suite.uniqueFamily("Phone"), "1950-01-01", phone);
        HttpResponse<String> warned = Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Other", Suite.uniqueFamily("Person"), "1999-09-09", phone));
        assertThat(warned.statusCode()).isEqualTo(409);
        assertThat(Suite.json(warned.body()).get("matches").findValuesAsText("id")).contains(first.get("id").asText());
    }

    @Test
    void aStaleCorrection_isRefusedWithTheStoredValues_andOverwritesNothing() throws Exception {
        String family = Suite.uniqueFamily("Edit");
        String id = register("Ora", family, "1977-07-07", Suite.uniquePhone()).get("id").asText();
        JsonNode record = Suite.json(Suite.get("frontdesk", "/api/patients/" + id).body());
        long version = record.get("version").asLong();

        HttpResponse<String> first = put("frontdesk", "/api/patients/" + id + "?version=" + version,
                Suite.patientJson("Ora", family, "1977-07-07", "(555) 333-4444"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Suite.json(first.body()).get("version").asLong()).isEqualTo(version + 1);

        HttpResponse<String> stale = put("frontdesk", "/api/patients/" + id + "?version=" + version,
                Suite.patientJson("Ora", family, "1977-07-07", "(555) 999-8888"));
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode conflict = Suite.json(stale.body());
        assertThat(conflict.get("current").get("phone").asText()).isEqualTo("(555) 333-4444");
        assertThat(conflict.get("message").asText()).startsWith("frontdesk changed this record");
        assertThat(Suite.json(Suite.get("physician", "/api/patients/" + id).body()).get("phone").asText()).isEqualTo("(555) 333-4444");
    }

    @Test
    void twoCorrectionsRacingFromTheSameVersion_oneWinsAndOneIsRefused() throws Exception {
        String family = Suite.uniqueFamily("Race");
        String id = register("Kai", family, "1991-01-11", Suite.uniquePhone()).get("id").asText();
        long version = Suite.json(Suite.get("frontdesk", "/api/patients/" + id).body()).get("version").asLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String phone = "(555) 44" + i + "-0000";
                results.add(pool.submit(() -> {
                    start.await();
                    return put("frontdesk", "/api/patients/" + id + "?version=" + version,
                            Suite.patientJson("Kai", family, "1991-01-11", phone));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : results) {
                statuses.add(f.get().statusCode());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Suite.json(Suite.get("frontdesk", "/api/patients/" + id).body()).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void deactivation_keepsTheRecord_andNeedsAReason() throws Exception {
        String id = register("Ulla", Suite.uniqueFamily("Leaving"), "1960-06-06", Suite.uniquePhone()).get("id").asText();
        long version = Suite.json(Suite.get("frontdesk", "/api/patients/" + id).body()).get("version").asLong();
        HttpResponse<String> noReason = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/api/patients/" + id + "/deactivation?version=" + version))
                .header("Authorization", "Bearer " + Suite.token("frontdesk")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(" ")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noReason.statusCode()).isEqualTo(422);

        HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/api/patients/" + id + "/deactivation?version=" + version))
                .header("Authorization", "Bearer " + Suite.token("frontdesk")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Moved out of state")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode record = Suite.json(Suite.get("physician", "/api/patients/" + id).body());
        assertThat(record.get("active").asBoolean()).isFalse();
        assertThat(record.get("deactivationReason").asText()).isEqualTo("Moved out of state");
    }

    @Test
    void anInvalidNpiOrPhone_isRefusedNamingTheField() {
        String json = "{\"givenName\":\"Nia\",\"familyName\":\"" + Suite.uniqueFamily("Npi") + "\",\"birthDate\":\"1980-01-01\","
                + "\"sexAtBirth\":\"FEMALE\",\"phone\":\"" + Suite.uniquePhone() + "\",\"referrerNpi\":\"1234567890\"}";
        HttpResponse<String> badNpi = Suite.post("frontdesk", "/api/patients", json);
        assertThat(badNpi.statusCode()).isEqualTo(422);
        assertThat(Suite.json(badNpi.body()).get("fields").findValuesAsText("field")).containsExactly("referrerNpi");

        HttpResponse<String> badPhone = Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Nia", Suite.uniqueFamily("Tel"), "1980-01-01", "555-12"));
        assertThat(badPhone.statusCode()).isEqualTo(422);
        assertThat(Suite.json(badPhone.body()).get("fields").findValuesAsText("field")).containsExactly("phone");
    }

    @ParameterizedTest(name = "{0} opening a record: {1}; correcting: {2}")
    @CsvSource({"frontdesk,200,200", "physician,200,403", "nurse,200,403", "therapist,200,403", "counselor,200,403",
            "billing,200,403", "admin,403,403"})
    void theServiceDecidesWhoMayOpenAndCorrectARecord(String user, int open, int correct) throws Exception {
        String family = Suite.uniqueFamily("Roles");
        String id = register("Rae", family, "1970-03-03", Suite.uniquePhone()).get("id").asText();
        assertThat(Suite.get(user, "/api/patients/" + id).statusCode()).isEqualTo(open);
        long version = Suite.json(Suite.get("frontdesk", "/api/patients/" + id).body()).get("version").asLong();
        assertThat(put(user, "/api/patients/" + id + "?version=" + version,
                Suite.patientJson("Rae", family, "1970-03-03", Suite.uniquePhone())).statusCode()).isEqualTo(correct);
    }

    @Test
    void search_findsAPatientByEachKey() {
        String family = Suite.uniqueFamily("Keys");
        String phone = Suite.uniquePhone();
        JsonNode p = register("Élodie", family, "1983-12-31", phone);
        String mrn = p.get("mrn").asText();
        String digits = phone.replaceAll("\\D", "");
        for (String q : List.of(mrn, family.toLowerCase(), "elodie", family + ", El", "12/31/1983", "1983-12-31", phone, digits)) {
            JsonNode found = Suite.json(Suite.get("billing", "/api/patients?limit=200&q=" + Suite.enc(q)).body());
            assertThat(found.get("rows").findValuesAsText("mrn")).as("search '%s'", q).contains(mrn);
        }
    }

    @Test
    void anUnknownPatientId_isNotFound() {
        assertThat(Suite.get("frontdesk", "/api/patients/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }
}
