package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Budget: patient search (MRN, name prefix, date of birth, phone) at 50 concurrent users, p95 ≤ 100 ms. Front-desk
 * users open the real patient list page once and then search as a person does there: type the term and press Search,
 * an AJAX postback that re-renders the result table (the first page of 25 and the count). With
 * {@code -Dbench.think=true} each user waits 2–10 s between searches, as the personas do; without it they search back to
 * back, which measures how many searches two cores serve. Then {@link Floor} times the same statements on PostgreSQL
 * alone.
 */
public class SearchSimulation extends Simulation {

    private static final boolean THINK = Boolean.getBoolean("bench.think");

    private static final String LIST = "/patients/list.xhtml";

    private final ChainBuilder searchOnce = Faces.update("search", "by #{kind}", LIST, "patientsForm", "patientsForm:search",
            "patientsForm:search patientsForm:q", "patientsForm:patients", Faces.fields("patientsForm:q", "#{term}"),
            "patientsForm:patients");

    private final ScenarioBuilder search = scenario("front desk searches")
            .exec(Bench.as("frontdesk", Bench.USERS), Bench.signIn("#{account}"))
            .exec(Faces.page("read", "open the patient list", LIST, "patientsForm"))
            .during(Duration.ofSeconds(Bench.SECONDS)).on(
                    feed(listFeeder(Bench.searchTerms(2000)).circular())
                            .exec(THINK ? pause(2, 10) : exec(s -> s))
                            .exec(searchOnce));

    {
        setUp(search.injectClosed(Bench.users(Bench.USERS, Bench.SECONDS)))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        BenchUsers.ensure("frontdesk", Bench.USERS);
        Floor.search(Bench.searchTerms(300));
        Floor.audit(300);
    }

    @Override
    public void after() {
        String mode = THINK ? "think time 2–10 s" : "no think time";
        Stats.write("Patient search on the list page (AJAX), " + Bench.USERS + " users, " + mode + ", " + Bench.SECONDS + " s",
                "bench-search-" + Bench.USERS + (THINK ? "-think" : "") + ".md");
    }
}
