package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

/**
 * Response times per measure (a budget's group, e.g. "search", "read", "write") and per request, collected by the
 * simulations themselves, so the summary written for docs/performance.md (target/bench-*.md) does not depend on the
 * layout of Gatling's HTML report.
 */
final class Stats {

    private static final Map<String, ConcurrentLinkedQueue<Integer>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    private static final long STARTED = System.nanoTime();
    /** Set on the session when a timed request failed (what failed); cleared by the persona at the start of an iteration. */
    static final String FAILED = "failedStep";

    private Stats() {
    }

    /** Runs the request and records its response time under its measure and its own name (or an error). */
    static ChainBuilder timed(String measure, String name, HttpRequestActionBuilder request) {
        return exec(s -> s.remove("rt")).exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(s -> {
            String label = measure + " / " + (name.contains("#{kind}") && s.contains("kind") ? name.replace("#{kind}", s.getString("kind")) : name);
            if (s.contains("rt") && !s.isFailed()) {
                record(measure, s.getInt("rt"));
                record(label, s.getInt("rt"));
                return s;
            }
            ERRORS.computeIfAbsent(measure, k -> new AtomicLong()).incrementAndGet();
            ERRORS.computeIfAbsent(label, k -> new AtomicLong()).incrementAndGet();
            // the persona skips the rest of its iteration (a postback after a failed one has no valid view)
            return s.set(FAILED, label).markAsSucceeded();
        });
    }

    static void record(String name, int millis) {
        TIMES.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    /** Writes and prints the summary table: count, errors, p50/p95/p99 and throughput per measure and request. */
    static void write(String title, String file) {
        double seconds = (System.nanoTime() - STARTED) / 1e9;
        StringBuilder b = new StringBuilder("### " + title + "\n\n| Measure / request | Count | Errors | p50 ms | p95 ms | p99 ms | req/s |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, ConcurrentLinkedQueue<Integer>> e : new TreeMap<>(TIMES).entrySet()) {
            int[] t = e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
            long errors = ERRORS.getOrDefault(e.getKey(), new AtomicLong()).get();
            b.append(String.format("| %s | %d | %d | %d | %d | %d | %.1f |%n", e.getKey(), t.length, errors, at(t, 0.50), at(t, 0.95), at(t, 0.99),
                    t.length / seconds));
        }
        ERRORS.forEach((k, v) -> {
            if (!TIMES.containsKey(k)) {
                b.append(String.format("| %s | 0 | %d | | | | |%n", k, v.get()));
            }
        });
        System.out.println(b);
        try {
            Files.createDirectories(Bench.OUT);
            Files.writeString(Bench.OUT.resolve(file), b.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int at(int[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
    }
}
