package com.clinicsuite.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Budget: chart open for a patient with 500 visits, p95 ≤ 200 ms, and the page under 100 KB. Physicians open the seeded
 * patient with 500 infusions through the real chart page, without think time, {@code bench.users} at once.
 */
public class ChartSimulation extends Simulation {

    private static final String PATIENT = Bench.heavyPatient();

    private final ScenarioBuilder chart = scenario("physician opens the long chart")
            .exec(Bench.as("physician", Bench.USERS), Bench.signIn("#{account}"))
            .during(Duration.ofSeconds(Bench.SECONDS)).on(
                    Stats.timed("chart", "500 visits", http("chart (500 visits)").get("/patients/chart.xhtml").queryParam("id", PATIENT)
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200), css("#patient-mrn").exists(), bodyLength().lte(100 * 1024), bodyLength().saveAs("bytes")))
                            .exec(s -> {
                                Stats.record("chart page size (bytes)", s.contains("bytes") ? s.getInt("bytes") : 0);
                                return s;
                            }));

    {
        setUp(chart.injectClosed(Bench.users(Bench.USERS, Bench.SECONDS)))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        BenchUsers.ensure("physician", Bench.USERS);
        Floor.chart(PATIENT);
    }

    @Override
    public void after() {
        Stats.write("Chart of the patient with 500 visits, " + Bench.USERS + " users, " + Bench.SECONDS + " s", "bench-chart-" + Bench.USERS + ".md");
    }
}
