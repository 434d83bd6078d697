package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 16 threads × 1,000 booking attempts into five slots of one nurse and one chair: exactly five bookings
 * succeed, every loser is told the slot is taken, and the database holds no overlapping pair.
 */
class BookingConcurrencyIT {

    private static final int THREADS = 16;
    private static final int ATTEMPTS = 1_000;
    private static final String[] SLOTS = {"T08:00", "T09:30", "T11:00", "T12:30", "T14:00"};

    @Test
    void racingBookings_neverOverlap() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        JsonNode provider = Suite.json(Suite.post("admin", "/api/scheduling/providers",
                "{\"username\":\"race-" + suffix + "\",\"displayName\":\"Race Nurse " + suffix + "\",\"discipline\":\"NURSE\","
                        + "\"hours\":[" + allWeek() + "]}").body());
        JsonNode chair = Suite.json(Suite.post("admin", "/api/scheduling/resources",
                "{\"name\":\"Race chair " + suffix + "\",\"kind\":\"INFUSION_CHAIR\"}").body());
        String providerId = provider.get("id").asText();
        String chairId = chair.get("id").asText();
        LocalDate day = LocalDate.now().plusDays(2);

        List<String> patients = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            patients.add(Suite.json(Suite.post("frontdesk", "/api/patients",
                    Suite.patientJson("Racer", Suite.uniqueFamily("Booking"), "1980-01-01")).body()).get("id").asText());
        }
        Suite.token("frontdesk");

        AtomicInteger booked = new AtomicInteger();
        AtomicInteger slotTaken = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String patient = patients.get(t);
            Random random = new Random(t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ATTEMPTS; i++) {
                    String at = day + SLOTS[random.nextInt(SLOTS.length)];
                    HttpResponse<String> r = Suite.post("frontdesk", "/api/scheduling/appointments",
                            "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + providerId + "\",\"resourceId\":\"" + chairId
                                    + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + at + "\"}");
                    if (r.statusCode() == 201) {
                        booked.incrementAndGet();
                    } else if (r.statusCode() == 422 && r.body().contains("appointment.slotTaken")) {
                        slotTaken.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(other.get()).as("unexpected responses").isZero();
        assertThat(booked.get()).isEqualTo(SLOTS.length);
        assertThat(slotTaken.get()).isEqualTo(THREADS * ATTEMPTS - SLOTS.length);
        assertThat(overlappingPairs("provider_id = ?::uuid", providerId, "ends_at")).isZero();
        assertThat(overlappingPairs("resource_id = ?::uuid", chairId, "resource_free_at")).isZero();
        assertThat(count(providerId)).isEqualTo(SLOTS.length);
    }

    private static String allWeek() {
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add("{\"dayOfWeek\":" + d + ",\"starts\":\"07:00:00\",\"ends\":\"20:00:00\"}");
        }
        return String.join(",", days);
    }

    /** Pairs of active appointments of the same provider (or chair) whose times overlap: a SQL self-join. */
    private static long overlappingPairs(String where, String id, String endColumn) throws Exception {
        String column = where.substring(0, where.indexOf(' '));
        String sql = "SELECT count(*) FROM scheduling.appointment a JOIN scheduling.appointment b ON a.id < b.id"
                + " AND a." + column + " = b." + column
                + " WHERE a." + where + " AND a.status IN ('BOOKED','CHECKED_IN','COMPLETED') AND b.status IN ('BOOKED','CHECKED_IN','COMPLETED')"
                + " AND tstzrange(a.starts_at, a." + endColumn + ") && tstzrange(b.starts_at, b." + endColumn + ")";
        try (Connection c = Suite.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(String providerId) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM scheduling.appointment WHERE provider_id = ? AND status = 'BOOKED'")) {
            ps.setObject(1, UUID.fromString(providerId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
