package com.clinicsuite.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Budget: chart open for a patient with 500 visits, p95 ≤ 200 ms, and the page under 100 KB. Physicians open the seeded
 * patient with 500 infusions through the real chart page as a browser does (the page, then the request for the notes and
 * the intake form that the page sends at once), without think time, {@code bench.users} at once.
 */
public class ChartSimulation extends Simulation {

    private static final String PATIENT = Bench.heavyPatient();

    private final ScenarioBuilder chart = scenario("physician opens the long chart")
            .exec(Bench.as("physician", Bench.USERS), Bench.signIn("#{account}"))
            .during(Duration.ofSeconds(Bench.SECONDS)).on(
                    Faces.chart("chart", "500 visits", "/patients/chart.xhtml?id=" + PATIENT)
                            .exec(s -> {
                                Stats.record("chart page size (bytes)", s.contains("bytes") ? s.getInt("bytes") : 0);
                                Stats.record("notes and intake response size (bytes)", s.contains("sectionBytes") ? s.getInt("sectionBytes") : 0);
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
