package com.clinicsuite.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where the front desk books without ever clashing: lanes of a physician, an exam room and a patient of their own,
 * each booked one physician consultation (45 min) after the other on the booking form's time grid (07:00–19:45 every
 * 15 minutes), so no two virtual users, and no rerun, ever ask for the same provider, room or patient at once (the
 * database refuses a double booking).
 * <p>
 * A booking is "near" when it starts between five minutes and 11 h 45 min from now: check-in opens 12 hours ahead, so
 * the persona checks it in. The grid limits how many fit (after 19:45 only the next morning is bookable), so when
 * every lane is full within that window the booking goes "far" ahead (from {@link #FAR} on) and is not checked in.
 * <p>
 * Providers and rooms ({@code bench-desk-001}, {@code Bench desk room 001}, …) are kept and reused by later runs, so the
 * booking form's drop-downs do not grow with every run; each lane starts after whatever earlier runs booked on it
 * (read from the database). The patients are new in every run.
 */
final class DeskLanes {

    static final String TYPE = "PHYSICIAN_CONSULT";
    static final int MINUTES = 45;
    /** The first and last start time the booking form offers. */
    private static final LocalTime FIRST = LocalTime.of(7, 0);
    private static final LocalTime LAST = LocalTime.of(19, 45);
    /** Far bookings start here (a weekday years ahead) and continue after every earlier run's. */
    static final LocalDateTime FAR = LocalDateTime.of(2031, 1, 6, 7, 0);

    /** One booking to make: {@code checkIn} when it starts soon enough to be checked in now. */
    record Slot(String patientId, String family, String providerId, String roomId, LocalDateTime startsAt, boolean checkIn) {
    }

    private static final class Lane {
        final String providerId;
        final String roomId;
        String patientId;
        String family;
        LocalDateTime near;
        LocalDateTime far;

        Lane(String providerId, String roomId) {
            this.providerId = providerId;
            this.roomId = roomId;
        }
    }

    private static final List<Lane> LANES = new ArrayList<>();
    private static final Set<LocalDate> CLOSED = new HashSet<>();
    private static int nextFar;

    private DeskLanes() {
    }

    /**
     * Lanes for {@code users} front desk users working {@code seconds} (a round takes about 50 s): those kept from
     * earlier runs among the first three per user, and new ones while the bookings that can be checked in now fall
     * short of the rounds expected. At most three lanes per user, so reruns do not add lanes without bound; when
     * earlier runs filled them (until 12 hours on), more rounds book far ahead.
     */
    static void prepare(int users, int seconds, String tag) {
        if (users == 0) {
            return;
        }
        readClosures();
        int rounds = users * (seconds / 50 + 1);
        Map<String, String> providers = ids("SELECT username, id FROM scheduling.provider WHERE username LIKE 'bench-desk-%'");
        Map<String, String> rooms = ids("SELECT name, id FROM scheduling.resource WHERE name LIKE 'Bench desk room %'");
        int created = 0;
        int near = 0;
        for (int i = 1; i <= 3 * users; i++) {
            String username = String.format("bench-desk-%03d", i);
            String room = String.format("Bench desk room %03d", i);
            String providerId = providers.get(username);
            String roomId = rooms.get(room);
            if ((providerId == null || roomId == null) && near >= rounds) {
                continue;
            }
            if (providerId == null) {
                providerId = Setup.provider(username, String.format("Dr Bench Desk %03d", i), "PHYSICIAN");
                created++;
            }
            if (roomId == null) {
                roomId = Admin.create("/api/scheduling/resources", "{\"name\":\"" + room + "\",\"kind\":\"EXAM_ROOM\"}");
                created++;
            }
            Lane lane = startAfterEarlierRuns(new Lane(providerId, roomId));
            near += nearSlots(lane.near);
            LANES.add(lane);
        }
        for (int i = 0; i < LANES.size(); i++) {
            Lane lane = LANES.get(i);
            lane.family = "Desk" + tag + "x" + i;
            lane.patientId = Setup.patient(lane.family, "1980-02-1" + (i % 10), "MALE", 7, lane.family);
        }
        System.out.println("Front desk: " + LANES.size() + " lanes of a physician, an exam room and a patient (" + created + " providers and rooms new); "
                + near + " bookings can be checked in now (about " + rounds + " rounds expected); the others are booked from " + FAR.toLocalDate()
                + " on, without check-in.");
    }

    /** The next booking: the earliest slot on any lane that can be checked in now, else the next far one, round robin. */
    static synchronized Slot claim() {
        if (LANES.isEmpty()) {
            return null;
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime earliest = now.plusMinutes(5);
        LocalDateTime latest = now.plusHours(11).plusMinutes(45);
        Lane best = null;
        LocalDateTime bestAt = null;
        for (Lane lane : LANES) {
            LocalDateTime t = open(lane.near.isAfter(earliest) ? lane.near : earliest);
            if (!t.isAfter(latest) && (bestAt == null || t.isBefore(bestAt))) {
                best = lane;
                bestAt = t;
            }
        }
        if (best != null) {
            best.near = bestAt.plusMinutes(MINUTES);
            return new Slot(best.patientId, best.family, best.providerId, best.roomId, bestAt, true);
        }
        Lane lane = LANES.get(nextFar++ % LANES.size());
        LocalDateTime t = open(lane.far);
        lane.far = t.plusMinutes(MINUTES);
        return new Slot(lane.patientId, lane.family, lane.providerId, lane.roomId, t, false);
    }

    /**
     * The row of the patient's appointment at {@code startsAt} in its day's list (ordered by start and id, as the
     * day list pages it), or -1: where the clerk pages to.
     */
    static long rowOf(String patientId, LocalDateTime startsAt) {
        ZoneId zone = ZoneId.systemDefault();
        try (Connection c = Bench.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT count(*) FROM scheduling.appointment o WHERE o.starts_at >= ? AND o.starts_at < ? AND (o.starts_at, o.id) < (a.starts_at, a.id))"
                        + " FROM scheduling.appointment a WHERE a.patient_id = ? AND a.starts_at = ?")) {
            ps.setObject(1, startsAt.toLocalDate().atStartOfDay(zone).toOffsetDateTime());
            ps.setObject(2, startsAt.toLocalDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            ps.setObject(3, UUID.fromString(patientId));
            ps.setObject(4, startsAt.atZone(zone).toOffsetDateTime());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find the booked appointment in " + Bench.DB, e);
        }
    }

    /** {@code t} rounded up to the form's 15-minute grid, moved to the next open day's 07:00 when off its hours. */
    private static LocalDateTime open(LocalDateTime t) {
        LocalDateTime q = t.truncatedTo(ChronoUnit.MINUTES);
        q = q.minusMinutes(q.getMinute() % 15);
        if (q.isBefore(t)) {
            q = q.plusMinutes(15);
        }
        while (true) {
            if (CLOSED.contains(q.toLocalDate()) || q.toLocalTime().isAfter(LAST)) {
                q = q.toLocalDate().plusDays(1).atTime(FIRST);
            } else if (q.toLocalTime().isBefore(FIRST)) {
                q = q.toLocalDate().atTime(FIRST);
            } else {
                return q;
            }
        }
    }

    /** How many consultations a lane free from {@code from} on takes that can be checked in now. */
    private static int nearSlots(LocalDateTime from) {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime latest = now.plusHours(11).plusMinutes(45);
        int n = 0;
        for (LocalDateTime t = open(from.isAfter(now.plusMinutes(5)) ? from : now.plusMinutes(5)); !t.isAfter(latest); t = open(t.plusMinutes(MINUTES))) {
            n++;
        }
        return n;
    }

    /** The lane's first near and far start after everything earlier runs booked on its provider or room. */
    private static Lane startAfterEarlierRuns(Lane lane) {
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime far = FAR.atZone(zone).toOffsetDateTime();
        try (Connection c = Bench.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT max(resource_free_at) FILTER (WHERE starts_at < ?), max(resource_free_at) FILTER (WHERE starts_at >= ?)"
                        + " FROM scheduling.appointment WHERE (provider_id = ? OR resource_id = ?) AND status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')")) {
            ps.setObject(1, far);
            ps.setObject(2, far);
            ps.setObject(3, UUID.fromString(lane.providerId));
            ps.setObject(4, UUID.fromString(lane.roomId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime near = rs.getObject(1, OffsetDateTime.class);
                OffsetDateTime farEnd = rs.getObject(2, OffsetDateTime.class);
                lane.near = near == null ? LocalDateTime.now() : near.atZoneSameInstant(zone).toLocalDateTime();
                lane.far = farEnd == null ? FAR : farEnd.atZoneSameInstant(zone).toLocalDateTime();
                return lane;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the bench desk lanes' bookings from " + Bench.DB, e);
        }
    }

    /** Days the whole clinic is closed (holidays): no booking there. */
    private static void readClosures() {
        try (Connection c = Bench.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT first_day, last_day FROM scheduling.absence WHERE provider_id IS NULL AND last_day >= current_date")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate last = rs.getObject(2, LocalDate.class);
                    for (LocalDate d = rs.getObject(1, LocalDate.class); !d.isAfter(last) && CLOSED.size() < 10_000; d = d.plusDays(1)) {
                        CLOSED.add(d);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the clinic's closures from " + Bench.DB, e);
        }
    }

    private static Map<String, String> ids(String sql) {
        Map<String, String> ids = new HashMap<>();
        try (Connection c = Bench.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the bench desk lanes from " + Bench.DB, e);
        }
        return ids;
    }
}
