package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations racing each other still get distinct MRNs. */
class ConcurrentRegistrationIT {

    @Test
    void simultaneousRegistrations_neverShareAnMrn() throws Exception {
        int threads = 12;
        String family = Suite.uniqueFamily("Race");
        Suite.token("frontdesk"); // sign in once, before the race
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String given = "Runner" + (char) ('a' + i);
                Callable<HttpResponse<String>> register = () -> {
                    start.await();
                    return Suite.post("frontdesk", "/api/patients", Suite.patientJson(given, family, "1985-01-01"));
                };
                results.add(pool.submit(register));
            }
            start.countDown();
            Set<String> mrns = new HashSet<>();
            for (Future<HttpResponse<String>> f : results) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                mrns.add(Suite.json(r.body()).get("mrn").asText());
            }
            assertThat(mrns).hasSize(threads);
        } finally {
            pool.shutdownNow();
        }
    }
}
