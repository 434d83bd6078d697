package com.clinicsuite.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST set-up a benchmark makes before its users start (plain HTTP as the suite's demo users, not measured): bench
 * providers and chairs, and patients with an eligible intake, a ketamine consent and a signed IV ketamine plan.
 */
final class Setup {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens are renewed after two minutes (Keycloak's live five), so one handed out is good for three more. */
    private static final long RENEW_MILLIS = 120_000;
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();
    private static final String NO_CONTRAINDICATIONS = "{\"POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE\":\"NO\",\"PREGNANCY\":\"NO\","
            + "\"ACTIVE_PSYCHOSIS\":\"NO\",\"SEVERE_HEPATIC_DISEASE\":\"NO\",\"MODERATE_HEPATIC_DISEASE\":\"NO\",\"ELEVATED_INTRACRANIAL_PRESSURE\":\"NO\","
            + "\"ELEVATED_INTRAOCULAR_PRESSURE\":\"NO\",\"ACTIVE_SUBSTANCE_ABUSE\":\"NO\",\"KETAMINE_HYPERSENSITIVITY\":\"NO\"}";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A patient with a signed IV ketamine plan, ready for infusions. */
    record PlanPatient(String patientId, String planId) {
    }

    private Setup() {
    }

    /** POSTs as {@code user} and returns the body; anything but 2xx stops the benchmark with the server's answer. */
    static String post(String user, String path, String contentType, byte[] body) {
        return send(user, path, "POST", contentType, body);
    }

    static String json(String user, String method, String path, String json) {
        return send(user, path, method, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String send(String user, String path, String method, String contentType, byte[] body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Bench.APP + path)).header("Authorization", "Bearer " + token(user))
                    .header("Content-Type", contentType).header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " as " + user + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, long at) {
    }

    /**
     * A token of the demo user for REST set-up (not measured, so not a Gatling request), shared by every thread and
     * virtual user and renewed after two minutes; only one thread renews a user's token at a time. Virtual users take
     * their colleagues' set-up tokens from here, e.g. {@code exec(s -> s.set("deskToken", Setup.token("frontdesk")))}.
     */
    static String token(String user) {
        return TOKENS.compute(user, (u, c) -> c != null && System.currentTimeMillis() - c.at() < RENEW_MILLIS ? c
                : new Cached(fetchToken(u), System.currentTimeMillis())).token();
    }

    /** A fresh token from Keycloak, asked up to three times (a sign-in refused once is not worth stopping a run for). */
    private static String fetchToken(String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Admin.token(user);
            } catch (java.io.IOException | IllegalStateException e) {
                if (attempt == 3) {
                    throw new IllegalStateException("No set-up token for " + user + " after 3 attempts: " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    /**
     * A new patient registered by the front desk, e.g. {@code patient("Deskmx4abcx3", "1980-02-13", "MALE", 7, seed)}
     * (given name "Bench", a phone with area code 7xx made from {@code seed}); when the phone matches a seeded patient's,
     * the desk confirms this is another person.
     */
    static String patient(String family, String birthDate, String sex, int areaDigit, String seed) {
        long phone = Math.abs(seed.hashCode()) % 10_000_000L;
        String json = "{\"givenName\":\"Bench\",\"familyName\":\"" + family + "\",\"birthDate\":\"" + birthDate + "\",\"sexAtBirth\":\"" + sex
                + "\",\"phone\":\"" + String.format("(%d%02d) %03d-%04d", areaDigit, 10 + (int) (phone / 1_000_000L), 200 + (int) (phone / 10_000) % 100,
                phone % 10_000) + "\",\"addressLine1\":\"1 Bench Road\",\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\"}";
        try {
            return field(json("frontdesk", "POST", "/api/patients", json), "id");
        } catch (IllegalStateException possibleDuplicate) {
            return field(json("frontdesk", "POST", "/api/patients?confirmDuplicate=true", json), "id");
        }
    }

    /** A provider of the discipline working around the clock, every day. */
    static String provider(String username, String name, String discipline) {
        return Admin.create("/api/scheduling/providers", "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"discipline\":\""
                + discipline + "\",\"hours\":[" + Admin.allWeek() + "]}");
    }

    static String chair(String name) {
        return Admin.create("/api/scheduling/resources", "{\"name\":\"" + name + "\",\"kind\":\"INFUSION_CHAIR\"}");
    }

    /** {@code count} new patients, each eligible with a consent on file and a signed IV plan (SHORT-60), made four at a time. */
    static List<PlanPatient> planPatients(int count, String tag, String physicianProvider) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PlanPatient>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> planPatient(tag, n, physicianProvider)));
            }
            List<PlanPatient> patients = new ArrayList<>();
            for (Future<PlanPatient> f : made) {
                patients.add(f.get());
            }
            return patients;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not prepare the bench patients: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static PlanPatient planPatient(String tag, int n, String physicianProvider) {
        long phone = Math.abs((tag + n).hashCode()) % 10_000_000L;
        String id = field(json("frontdesk", "POST", "/api/patients", "{\"givenName\":\"Bench\",\"familyName\":\"Infusion" + tag + "x" + n
                + "\",\"birthDate\":\"1975-04-1" + (n % 10) + "\",\"sexAtBirth\":\"FEMALE\",\"phone\":\""
                + String.format("(8%02d) %03d-%04d", 10 + (int) (phone / 1_000_000L), 200 + (int) (phone / 10_000) % 100, phone % 10_000)
                + "\",\"addressLine1\":\"1 Bench Road\",\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\"}"), "id");
        String chart = "/api/charts/" + id + "/intake/";
        String v = json("physician", "POST", chart + "screen?version=0", NO_CONTRAINDICATIONS);
        v = json("physician", "POST", chart + "diagnoses?version=" + field(v, "version"),
                "{\"code\":\"G90.512\",\"bodySite\":\"hand\",\"laterality\":\"left\",\"character\":\"burning\"}");
        json("physician", "POST", chart + "decision?version=" + field(v, "version"), "{\"decision\":\"ELIGIBLE\"}");
        json("physician", "POST", "/api/charts/" + id + "/questionnaires", "{\"instrument\":\"NRS\",\"answers\":[8],\"takenOn\":\"" + LocalDate.now() + "\"}");
        post("frontdesk", "/api/patients/" + id + "/consents?type=KETAMINE_INFORMED&signedOn=" + LocalDate.now() + "&signer=Patient&fileName=consent.pdf",
                "application/octet-stream", PDF);
        String plan = json("physician", "POST", "/api/plans?patient=" + id, "");
        String planId = field(plan, "id");
        plan = json("physician", "PUT", "/api/plans/" + planId + "/ketamine/iv?version=" + field(plan, "version"), "{\"clinicianId\":\"" + physicianProvider
                + "\",\"protocolCode\":\"SHORT-60\",\"inductionSessions\":6,\"minGapDays\":2,\"maxGapDays\":4}");
        // signing re-enters the physician's password (a Keycloak sign-in): one at a time, since simultaneous sign-ins of one
        // account trip the realm's brute-force protection and lock the account for a minute
        synchronized (SIGNING) {
            post("physician", "/api/plans/" + planId + "/signature?version=" + field(plan, "version"), "text/plain",
                    "demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new PlanPatient(id, planId);
    }

    private static final Object SIGNING = new Object();

    /**
     * Hourly start times for 60-minute infusions from {@code first}, for {@code hours} hours, leaving out those that
     * would run past 23:59 (the bench providers' day ends there).
     */
    static List<LocalDateTime> hourlySlots(LocalDateTime first, int hours, boolean backwards) {
        List<LocalDateTime> slots = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            LocalDateTime t = backwards ? first.minusHours(h) : first.plusHours(h);
            if (t.toLocalDate().equals(t.plusMinutes(60).toLocalDate()) && t.plusMinutes(60).toLocalTime().isBefore(java.time.LocalTime.of(23, 59))) {
                slots.add(t);
            }
        }
        return slots;
    }
}
