package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Budget: a mixed load of 100 users (front desk, physicians, nurses, billing) with think times of 2–10 s, 0 errors,
 * reads p95 ≤ 300 ms, writes p95 ≤ 600 ms. Reads go through the real pages. The nurse ({@link NursePersona}: an
 * infusion visit from checklist to signature) and billing ({@link BillingPersona}: approve, invoice, issue, payment,
 * AR aging) write through the pages' Faces postbacks with the ViewState; the front desk still books and takes its
 * payment over the REST API the pages' services share. Set-up that is nobody's page work (bench patients with signed
 * plans, booking and check-in for the nurse, past infusions for billing) goes over REST and is named "setup: …".
 * Tokens come from Keycloak and are renewed every four minutes.
 */
public class MixedSimulation extends Simulation {

    private static final AtomicLong SLOT = new AtomicLong();
    private static final LocalDateTime FIRST_SLOT = LocalDateTime.of(2031, 1, 6, 0, 0);
    private static final java.util.List<Map<String, Object>> NAMES = Bench.searchTerms(2000).stream()
            .filter(t -> "name prefix".equals(t.get("kind"))).toList();
    private static final String HEAVY = Bench.heavyPatient();
    private static String provider;
    private static String chair;

    /** Signs in (again every four minutes) with the virtual user's own account of the persona. */
    private static ChainBuilder signedIn(String persona) {
        return exec(Bench.as(persona, share(PERCENT.get(persona))), Bench.signedIn("#{account}", "token"));
    }

    private static final Map<String, Integer> PERCENT = Map.of("frontdesk", 35, "physician", 25, "nurse", 25, "billing", 15);

    private static ChainBuilder read(String name, String path) {
        return Stats.timed("read", name, http(name).get(path).header("Authorization", "Bearer #{token}").check(status().is(200)));
    }

    /** A name search on the patient list, keeping the first patient found for the next steps. */
    private static ChainBuilder search() {
        return feed(listFeeder(NAMES).random()).exec(s -> s.remove("found")).exec(Stats.timed("read", "search (page)", http("search (page)")
                .get("/patients/list.xhtml").queryParam("q", "#{term}").header("Authorization", "Bearer #{token}")
                .check(status().is(200), regex("record\\.xhtml\\?id=([0-9a-f-]{36})").find().optional().saveAs("found"))))
                .exec(s -> s.set("patient", s.contains("found") ? s.getString("found") : HEAVY));
    }

    private final ScenarioBuilder frontDesk = scenario("front desk").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("frontdesk"), pause(2, 10), search(), pause(2, 10),
            read("patient record", "/patients/record.xhtml?id=#{patient}"), pause(2, 10),
            read("day list", "/schedule/day.xhtml"), pause(2, 10),
            exec(s -> s.set("startsAt", FIRST_SLOT.plusMinutes(90 * SLOT.getAndIncrement()).toString()))
                    .exec(Stats.timed("write", "book", http("book").post("/api/scheduling/appointments").header("Authorization", "Bearer #{token}")
                            .header("Content-Type", "application/json")
                            .body(StringBody(s -> "{\"patientId\":\"" + s.getString("patient") + "\",\"providerId\":\"" + provider
                                    + "\",\"resourceId\":\"" + chair + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + s.getString("startsAt") + "\"}"))
                            .check(status().is(201)))),
            pause(2, 10),
            Stats.timed("write", "take a payment", http("take a payment").post("/api/billing/accounts/#{patient}/payments")
                    .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                    .body(StringBody(s -> "{\"method\":\"CASH\",\"amount\":10.00,\"idempotencyKey\":\"bench-" + java.util.UUID.randomUUID() + "\"}"))
                    .check(status().in(200, 201))));

    private final ScenarioBuilder physician = scenario("physician").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("physician"), pause(2, 10), search(), pause(2, 10),
            Faces.chart("read", "chart", "/patients/chart.xhtml?id=#{patient}"), pause(2, 10),
            Faces.chart("read", "chart (500 visits)", "/patients/chart.xhtml?id=" + HEAVY));

    /** The nurse's reads, then an infusion visit through the infusion page's postbacks (NursePersona). */
    private final ScenarioBuilder nurse = scenario("nurse").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("nurse"), pause(2, 10), read("day list", "/schedule/day.xhtml"), pause(2, 10), search(), pause(2, 10),
            Faces.chart("read", "chart", "/patients/chart.xhtml?id=#{patient}"), pause(2, 10), read("ketamine register", "/register/register.xhtml"),
            signedIn("nurse"), exec(s -> s.contains("confirmer") ? s : s.set("confirmer", BenchUsers.next("confirmer", share(25)))),
            NursePersona.infusion());

    /** Billing's reads, then approve, invoice, issue, payment and the AR aging report through the pages (BillingPersona). */
    private final ScenarioBuilder billing = scenario("billing").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("billing"), pause(2, 10), read("charge review queue", "/billing/charges.xhtml"), pause(2, 10),
            search(), pause(2, 10), // the AR aging report is opened and refreshed once per round, in BillingPersona
            read("patient account", "/billing/account.xhtml?patient=#{patient}"), signedIn("billing"),
            exec(s -> s.contains("cosigner") ? s : s.set("cosigner", BenchUsers.next("cosigner", share(15)))), BillingPersona.work());

    {
        int users = Bench.USERS;
        setUp(frontDesk.injectClosed(Bench.users(share(35), Bench.SECONDS)),
                physician.injectClosed(Bench.users(share(25), Bench.SECONDS)),
                nurse.injectClosed(Bench.users(share(25), Bench.SECONDS)),
                billing.injectClosed(Bench.users(share(15), Bench.SECONDS)))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A persona's share of the users: at least one each from four users on (35/25/25/15 of 100). */
    private static int share(int percent) {
        return Bench.USERS >= 4 ? Math.max(1, Bench.USERS * percent / 100) : Bench.USERS * percent / 100;
    }

    @Override
    public void after() {
        Stats.write("Mixed personas, " + Bench.USERS + " users, think time 2–10 s, " + Bench.SECONDS + " s", "bench-mixed-" + Bench.USERS + ".md");
    }

    /** A nurse and a chair open around the clock for the benchmark's bookings (far in the future, one slot each). */
    @Override
    public void before() {
        PERCENT.forEach((persona, percent) -> BenchUsers.ensure(persona, share(percent)));
        BenchUsers.ensure("confirmer", share(25));
        BenchUsers.ensure("cosigner", share(15));
        String tag = Long.toString(System.currentTimeMillis(), 36);
        provider = Admin.create("/api/scheduling/providers", "{\"username\":\"bench-" + tag + "\",\"displayName\":\"Bench Nurse " + tag
                + "\",\"discipline\":\"NURSE\",\"hours\":[" + Admin.allWeek() + "]}");
        chair = Admin.create("/api/scheduling/resources", "{\"name\":\"Bench chair " + tag + "\",\"kind\":\"INFUSION_CHAIR\"}");
        // patients with signed IV plans for the nurses' infusions and billing's charges (REST set-up as the demo users)
        String physicianProvider = Setup.provider("bench-md-" + tag, "Dr Bench " + tag, "PHYSICIAN");
        NursePersona.prepare(share(25), Bench.SECONDS, tag, physicianProvider);
        BillingPersona.prepare(share(15), tag, physicianProvider);
        // each run books after everything earlier runs booked, so a rerun never puts a patient in two places at once (a
        // block per minute of the start time was not enough: a run aborted minutes before had booked into this one's block)
        SLOT.set(slotsAfterEarlierRuns());
    }

    /** The first 90-minute slot after the latest appointment any run booked from {@link #FIRST_SLOT} on. */
    private static long slotsAfterEarlierRuns() {
        try (java.sql.Connection c = Bench.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT max(starts_at) FROM scheduling.appointment WHERE starts_at >= ?")) {
            ps.setObject(1, FIRST_SLOT.atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                java.time.OffsetDateTime last = rs.next() ? rs.getObject(1, java.time.OffsetDateTime.class) : null;
                return last == null ? 0 : java.time.Duration.between(FIRST_SLOT.atZone(java.time.ZoneId.systemDefault()), last).toMinutes() / 90 + 2;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read the latest bench booking from " + Bench.DB, e);
        }
    }
}
