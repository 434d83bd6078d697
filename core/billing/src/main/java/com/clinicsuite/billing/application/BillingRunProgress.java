package com.clinicsuite.billing.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Where each month-end billing run stands, for the progress bar; kept in memory (one server) and cleared on restart. */
@ApplicationScoped
public class BillingRunProgress {

    /** A snapshot of a run. {@code percent} is 0–100; {@code finished} once claims are created too. */
    public record Status(UUID id, int total, int done, int invoices, int claims, List<String> problems, boolean finished) implements Serializable {
        public int percent() {
            return total == 0 ? (finished ? 100 : 0) : Math.min(100, done * 100 / total);
        }
    }

    private final Map<UUID, Status> runs = new ConcurrentHashMap<>();

    void begin(UUID id) {
        runs.put(id, new Status(id, 0, 0, 0, 0, List.of(), false));
    }

    void total(UUID id, int total) {
        runs.computeIfPresent(id, (k, s) -> new Status(k, total, s.done(), s.invoices(), s.claims(), s.problems(), false));
    }

    void step(UUID id, boolean invoiced, String problem) {
        runs.computeIfPresent(id, (k, s) -> {
            List<String> problems = s.problems();
            if (problem != null && problems.size() < 50) {
                problems = new ArrayList<>(problems);
                problems.add(problem);
            }
            return new Status(k, s.total(), s.done() + 1, s.invoices() + (invoiced ? 1 : 0), s.claims(), List.copyOf(problems), false);
        });
    }

    void finish(UUID id, int claims, List<String> problems) {
        runs.computeIfPresent(id, (k, s) -> {
            List<String> all = new ArrayList<>(s.problems());
            all.addAll(problems);
            return new Status(k, s.total(), s.total(), s.invoices(), claims, List.copyOf(all), true);
        });
    }

    Status get(UUID id) {
        return runs.get(id);
    }
}
