package com.clinicsuite.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Budget: patient search (MRN, name prefix, date of birth, phone) at 50 concurrent users, p95 ≤ 100 ms. Front-desk
 * users search through the real patient list page (its first page of results is rendered in the response), without
 * think time, for {@code bench.seconds}. Then {@link Floor} times the same queries on PostgreSQL alone.
 */
public class SearchSimulation extends Simulation {

    private final ScenarioBuilder search = scenario("front desk searches")
            .exec(Bench.signIn("frontdesk"))
            .during(Duration.ofSeconds(Bench.SECONDS)).on(
                    feed(listFeeder(Bench.searchTerms(2000)).circular())
                            .exec(Stats.timed("search", "by #{kind}", http("search by #{kind}").get("/patients/list.xhtml").queryParam("q", "#{term}")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200), css("[id='patientsForm:patients_data']").exists()))));

    {
        setUp(search.injectClosed(Bench.users(Bench.USERS, Bench.SECONDS)))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Floor.search(Bench.searchTerms(300));
    }

    @Override
    public void after() {
        Stats.write("Patient search through the list page, " + Bench.USERS + " users, " + Bench.SECONDS + " s", "bench-search-" + Bench.USERS + ".md");
    }
}
