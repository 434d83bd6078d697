package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** What every simulation shares: where the suite runs, sign-in through Keycloak, and inputs read from the seeded data. */
final class Bench {

    static final String APP = System.getProperty("bench.app", "http://localhost:8080/clinic");
    static final String KEYCLOAK = System.getProperty("bench.keycloak", "http://localhost:8180");
    static final String DB = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5439/clinic");
    static final String DB_USER = System.getProperty("bench.dbUser", "clinic");
    static final String DB_PASSWORD = System.getProperty("bench.dbPassword", "clinic");
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int USERS = Integer.getInteger("bench.users", 50);
    /** Where the summaries go (ear/perf/target). */
    static final java.nio.file.Path OUT = java.nio.file.Path.of(System.getProperty("bench.out", "target"));

    private Bench() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(APP).acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8").acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("clinic-bench").disableCaching().shareConnections()
                // Gatling adds the referring page's Origin to a POST; Keycloak's token endpoint answers a foreign Origin with
                // 403 "Invalid origin", which made every token renewal after a page fail once
                .disableAutoOrigin();
    }

    /**
     * Gives the virtual user its own account of the persona ({@link BenchUsers}), in the session as {@code account}, for
     * {@code signIn("#{account}")}.
     */
    static ChainBuilder as(String persona, int count) {
        return exec(s -> s.contains("account") ? s : s.set("account", BenchUsers.next(persona, count)));
    }

    /** The Keycloak sign-in a virtual user does first: a token from the realm (password grant of the test client). */
    static ChainBuilder signIn(String user) {
        return signIn(user, "token");
    }

    /** The Keycloak sign-in, keeping the token in the session attribute {@code key}. */
    static ChainBuilder signIn(String user, String key) {
        return tryMax(3).on(exec(http("sign in (Keycloak)").post(KEYCLOAK + "/realms/clinic/protocol/openid-connect/token")
                        .formParam("grant_type", "password").formParam("client_id", "clinic-tests")
                        .formParam("username", user).formParam("password", "demo")
                        .check(status().is(200), jsonPath("$.access_token").saveAs(key))))
                .exitHereIfFailed();
    }

    /** Signs in when the session has no token under {@code key} yet or it is four minutes old (tokens live five). */
    static ChainBuilder signedIn(String user, String key) {
        String at = key + "At";
        return doIf(s -> !s.contains(at) || System.currentTimeMillis() - s.getLong(at) > 240_000).then(
                exec(signIn(user, key)).exec(s -> s.set(at, System.currentTimeMillis())));
    }

    /**
     * Users join over ten seconds, or a minute in runs of half an hour (all signing in at the same instant measures
     * Keycloak, not the suite: it refused a third of 100 simultaneous password grants); each then works for
     * {@code seconds} (the scenarios loop for that long), so the run lasts that much longer.
     */
    static io.gatling.javaapi.core.ClosedInjectionStep[] users(int count, int seconds) {
        int ramp = Math.min(seconds, Math.max(10, Math.min(60, seconds / 20)));
        return new io.gatling.javaapi.core.ClosedInjectionStep[]{
                io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers(0).to(count).during(java.time.Duration.ofSeconds(ramp)),
                io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers(count).during(java.time.Duration.ofSeconds(1))};
    }

    /** Search inputs of every kind the search accepts, from real rows: MRN, name prefix, date of birth, phone. */
    static List<Map<String, Object>> searchTerms(int patients) {
        List<Map<String, Object>> terms = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT mrn, family_name, birth_date, phone FROM patients.patient TABLESAMPLE SYSTEM (1) LIMIT ?")) {
            ps.setInt(1, patients);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    terms.add(Map.of("kind", "MRN", "term", rs.getString(1)));
                    String family = rs.getString(2).toLowerCase().replaceAll("[^a-z]", "");
                    terms.add(Map.of("kind", "name prefix", "term", family.substring(0, Math.min(4, family.length()))));
                    terms.add(Map.of("kind", "date of birth", "term", rs.getDate(3).toString()));
                    if (rs.getString(4) != null) {
                        terms.add(Map.of("kind", "phone", "term", rs.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read search inputs from " + DB + "; is the suite running and seeded?", e);
        }
        if (terms.isEmpty()) {
            throw new IllegalStateException("No patients in " + DB + ": run ./clinic seed --patients N first.");
        }
        java.util.Collections.shuffle(terms, new java.util.Random(7));
        return terms;
    }

    /** The seeded patient with the longest history (500 infusions), for the chart benchmark. */
    static String heavyPatient() {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT patient_id FROM scheduling.appointment GROUP BY patient_id ORDER BY count(*) DESC LIMIT 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No appointments: run ./clinic seed first.");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + DB, e);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
    }

    /** p50, p95 and p99 in milliseconds of the given durations in nanoseconds. */
    static Map<String, Double> percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Double> p = new HashMap<>();
        p.put("p50", sorted[(int) (sorted.length * 0.50)] / 1e6);
        p.put("p95", sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.95)] / 1e6);
        p.put("p99", sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6);
        return p;
    }
}
