package com.clinicsuite.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Budget: the month-end billing run over 10,000 visits in ≤ 30 s. User {@code billing} starts the run through REST
 * ({@code POST /api/billing/runs}, 202 with its id) and polls {@code GET /api/billing/runs/{id}} every 250 ms until it
 * is finished; the time from the start request to the first poll that sees it finished is the run's time. The work
 * waiting before (charges in review without a reviewer note, their visits and patients, from
 * {@code ./clinic seed --billing-month 10000}) and what the run made (invoices issued, claims created, problems) go to
 * {@code target/bench-billing.md}. The run changes the data: seed another month before measuring again.
 */
public class BillingRunSimulation extends Simulation {

    private static final String WAITING = "SELECT count(*), count(DISTINCT visit_id), count(DISTINCT patient_id), min(service_date), max(service_date)"
            + " FROM billing.charge WHERE status = 'REVIEW' AND review_note IS NULL";
    private static final String MADE = "SELECT (SELECT count(*) FROM billing.invoice WHERE number IS NOT NULL), (SELECT count(*) FROM billing.claim)";

    private String[] before;
    private long[] madeBefore;

    private final ScenarioBuilder run = scenario("billing runs the month end")
            .exec(Bench.signIn("billing"))
            .exec(s -> s.set("tokenAt", System.currentTimeMillis()).set("started", System.nanoTime()).set("finished", false))
            .exec(http("start the run").post("/api/billing/runs").header("Authorization", "Bearer #{token}")
                    .check(status().is(202), jsonPath("$.id").saveAs("runId")))
            .asLongAs(s -> !s.getBoolean("finished")).on(
                    pause(Duration.ofMillis(250))
                            .exec(Bench.signedIn("billing", "token"))
                            .exec(http("poll the run").get("/api/billing/runs/#{runId}").header("Authorization", "Bearer #{token}")
                                    .check(status().is(200), jsonPath("$.finished").ofBoolean().saveAs("finished"),
                                            jsonPath("$.total").ofInt().saveAs("total"), jsonPath("$.done").ofInt().saveAs("done"),
                                            jsonPath("$.invoices").ofInt().saveAs("invoices"), jsonPath("$.claims").ofInt().saveAs("claims"),
                                            jsonPath("$.problems[*]").findAll().optional().saveAs("problems")))
                            .exec(s -> s.set("elapsed", (System.nanoTime() - s.getLong("started")) / 1e9)))
            .exec(this::report);

    {
        setUp(run.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(1)))
                .protocols(Bench.protocol())
                .maxDuration(Duration.ofMinutes(30))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        try (Connection c = Bench.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(WAITING)) {
                rs.next();
                before = new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
            }
            madeBefore = made(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + Bench.DB + "; is the suite running?", e);
        }
        if ("0".equals(before[0])) {
            throw new IllegalStateException("No charges wait for review: run ./clinic seed --billing-month 10000 first.");
        }
        System.out.printf("Billing run over %s charge(s) of %s visit(s), %s patient(s), service dates %s to %s%n", before[0], before[1], before[2],
                before[3], before[4]);
    }

    private Session report(Session s) {
        long[] after;
        try (Connection c = Bench.connect(); Statement st = c.createStatement()) {
            after = made(st);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + Bench.DB, e);
        }
        List<Object> problems = s.contains("problems") ? s.getList("problems") : List.of();
        double seconds = s.getDouble("elapsed");
        StringBuilder md = new StringBuilder("| Month-end billing run | Value |\n|---|---|\n");
        md.append("| Visits (signed, charges in review) | ").append(before[1]).append(" |\n");
        md.append("| Charges in review | ").append(before[0]).append(" |\n");
        md.append("| Service dates | ").append(before[3]).append(" to ").append(before[4]).append(" |\n");
        md.append("| Patients with work (run's count) | ").append(s.getInt("total")).append(" (").append(before[2]).append(" in the database) |\n");
        md.append("| Invoices issued | ").append(s.getInt("invoices")).append(" (database: +").append(after[0] - madeBefore[0]).append(") |\n");
        md.append("| Claims created | ").append(s.getInt("claims")).append(" (database: +").append(after[1] - madeBefore[1]).append(") |\n");
        md.append("| Problems reported | ").append(problems.size()).append(" |\n");
        md.append(String.format("| **Elapsed (start request → finished seen, polled every 250 ms)** | **%.1f s** (budget 30 s) |%n", seconds));
        if (!problems.isEmpty()) {
            md.append("\nProblems (first ").append(Math.min(10, problems.size())).append("):\n");
            problems.stream().limit(10).forEach(p -> md.append("- ").append(p).append('\n'));
        }
        try {
            Files.createDirectories(Bench.OUT);
            Files.writeString(Bench.OUT.resolve("bench-billing.md"), md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
        return s;
    }

    private static long[] made(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(MADE)) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }
}
