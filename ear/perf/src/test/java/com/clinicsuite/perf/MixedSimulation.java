package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
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
 * reads p95 ≤ 300 ms, writes p95 ≤ 600 ms. Every persona reads and writes through the real pages, signed in through
 * Keycloak with a bearer token; page loads count as reads, the Faces postbacks that change something (with the
 * page's ViewState) as writes. The front desk ({@link FrontDeskPersona}) books with the day list's booking form,
 * checks the patient in from the day list and takes a payment on the account page; the physician
 * ({@link PhysicianPersona}) opens charts with their trends and edits a plan's goals on the plan page; the nurse
 * ({@link NursePersona}: an infusion visit from checklist to signature) and billing ({@link BillingPersona}: approve,
 * invoice, issue, payment, AR aging) likewise. Set-up that is nobody's page work (bench patients with plans, the
 * front desk's providers, rooms and patients, booking and check-in for the nurse, past infusions for billing) goes
 * over REST before or between the measured steps and is named "setup: …" when it is a request of the run.
 * Tokens come from Keycloak and are renewed every four minutes.
 */
public class MixedSimulation extends Simulation {

    private static final java.util.List<Map<String, Object>> NAMES = Bench.searchTerms(2000).stream()
            .filter(t -> "name prefix".equals(t.get("kind"))).toList();
    private static final String HEAVY = Bench.heavyPatient();

    /** Signs in (again every four minutes) with the virtual user's own account of the persona. */
    private static ChainBuilder signedIn(String persona) {
        return exec(Bench.as(persona, share(PERCENT.get(persona))), Bench.signedIn("#{account}", "token"));
    }

    private static final Map<String, Integer> PERCENT = Map.of("frontdesk", 35, "physician", 25, "nurse", 25, "billing", 15);

    private static ChainBuilder read(String name, String path) {
        return Stats.timed("read", name, http(name).get(path).header("Authorization", "Bearer #{token}")
                .check(status().is(200), bodyLength().lte(Faces.MAX_PAGE_BYTES)));
    }

    /** A name search on the patient list, keeping the first patient found for the next steps. */
    private static ChainBuilder search() {
        return feed(listFeeder(NAMES).random()).exec(s -> s.remove("found")).exec(Stats.timed("read", "search (page)", http("search (page)")
                .get("/patients/list.xhtml").queryParam("q", "#{term}").header("Authorization", "Bearer #{token}")
                .check(status().is(200), bodyLength().lte(Faces.MAX_PAGE_BYTES), regex("record\\.xhtml\\?id=([0-9a-f-]{36})").find().optional().saveAs("found"))))
                .exec(s -> s.set("patient", s.contains("found") ? s.getString("found") : HEAVY));
    }

    /** The front desk's reads, then book, check in and take a payment through the pages (FrontDeskPersona). */
    private final ScenarioBuilder frontDesk = scenario("front desk").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("frontdesk"), pause(2, 10), search(), pause(2, 10),
            read("patient record", "/patients/record.xhtml?id=#{patient}"), // the day list is the booking page, in FrontDeskPersona
            signedIn("frontdesk"), FrontDeskPersona.work());

    /** The physician's reads (the chart with its trends), then a plan edited through the plan page (PhysicianPersona). */
    private final ScenarioBuilder physician = scenario("physician").during(Duration.ofSeconds(Bench.SECONDS)).on(
            signedIn("physician"), pause(2, 10), search(), pause(2, 10),
            Faces.chart("read", "chart", "/patients/chart.xhtml?id=#{patient}"), pause(2, 10),
            Faces.chart("read", "chart (500 visits)", "/patients/chart.xhtml?id=" + HEAVY),
            signedIn("physician"), PhysicianPersona.editPlan());

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

    /** Bench accounts, and the personas' own patients, plans, providers and rooms (REST set-up, see each persona). */
    @Override
    public void before() {
        PERCENT.forEach((persona, percent) -> BenchUsers.ensure(persona, share(percent)));
        BenchUsers.ensure("confirmer", share(25));
        BenchUsers.ensure("cosigner", share(15));
        String tag = Long.toString(System.currentTimeMillis(), 36);
        retireEarlierRuns();
        // patients with signed IV plans for the nurses' infusions and billing's charges (REST set-up as the demo users)
        String physicianProvider = Setup.provider("bench-md-" + tag, "Dr Bench " + tag, "PHYSICIAN");
        NursePersona.prepare(share(25), Bench.SECONDS, tag, physicianProvider);
        BillingPersona.prepare(share(15), tag, physicianProvider);
        DeskLanes.prepare(share(35), Bench.SECONDS, tag);
        PhysicianPersona.prepare(share(25), tag, physicianProvider);
    }

    /**
     * Takes the nurses, physicians and chairs that earlier runs made for themselves out of service, so the clinic's
     * provider and room choices do not grow by a few dozen with every run (the front desk's lanes are kept: they are
     * reused). The suite has no API to retire a provider or a room; this is the bench tidying its own rows, as the
     * admin's "inactive" would.
     */
    private static void retireEarlierRuns() {
        try (java.sql.Connection c = Bench.connect(); java.sql.Statement st = c.createStatement()) {
            int providers = st.executeUpdate("UPDATE scheduling.provider SET active = false, version = version + 1, updated_at = now(),"
                    + " updated_by = 'bench' WHERE active AND username LIKE 'bench-%' AND username NOT LIKE 'bench-desk-%'");
            int rooms = st.executeUpdate("UPDATE scheduling.resource SET active = false, version = version + 1, updated_at = now(),"
                    + " updated_by = 'bench' WHERE active AND name ILIKE 'bench%' AND name NOT LIKE 'Bench desk room %'");
            System.out.printf("Retired %d providers and %d rooms made by earlier bench runs.%n", providers, rooms);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not retire the earlier bench runs' providers and rooms in " + Bench.DB, e);
        }
    }
}
