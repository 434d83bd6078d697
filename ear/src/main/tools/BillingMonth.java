import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A month of billable work for the month-end billing benchmark: {@code ./clinic seed --billing-month VISITS}.
 *
 * <p>The month is the calendar month before the day the synthetic patients were loaded (a fixed reference in the
 * database, so a given seed always picks the same month and the same patients). Among that month's completed PT and
 * counseling appointments of synthetic patients not yet touched by anyone (no visit, intake, plan or insurance), whole
 * patients are drawn in a seeded order until {@code VISITS} appointments are covered. Each drawn patient gets, through
 * {@link CarePath}, insurance with one of the configured payers (about 55 %) or none, an intake and a signed plan; each
 * appointment gets, through {@link MonthVisits}, a signed visit and its charges in REVIEW, and the appointment is linked
 * to the plan. Rows go in with COPY, a few hundred patients per transaction; every CHECK, trigger and foreign key of the
 * suite's schema applies. A second run takes the next patients.
 */
final class BillingMonth {

    private static final int PATIENTS_PER_BATCH = 500;

    private final Connection db;
    private final long seed;
    private final ZoneId zone;

    /** The month asked for with {@code --month YYYY-MM}, or null for the month before the synthetic patients were loaded. */
    private final YearMonth chosen;

    BillingMonth(Connection db, long seed, ZoneId zone, YearMonth chosen) {
        this.db = db;
        this.seed = seed;
        this.zone = zone;
        this.chosen = chosen;
    }

    void run(int wanted, Path out) throws SQLException, IOException {
        long started = System.nanoTime();
        Instant loaded = single("SELECT min(created_at) FROM patients.patient WHERE created_by = 'seed'", rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        });
        if (loaded == null) {
            Seed.fail("there are no synthetic patients yet; run ./clinic seed --patients N first");
        }
        YearMonth month = chosen != null ? chosen : YearMonth.from(loaded.atZone(zone)).minusMonths(1);
        // the same seed on the same database gives the same data; a second month on top draws new ids of its own
        long visitsBefore = single("SELECT count(*) FROM treatment.therapy_visit", rs -> rs.getLong(1));
        SplittableRandom random = new SplittableRandom((seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue()) * 31 + visitsBefore);
        CarePath.Clinician physician = single("SELECT id, username, display_name FROM scheduling.provider WHERE discipline = 'PHYSICIAN' AND active"
                + " ORDER BY username <> 'physician', username LIMIT 1", rs -> new CarePath.Clinician(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3)));
        List<CarePath.Payer> payers = list("SELECT payer_id, name, unit_rule FROM billing.payer WHERE active ORDER BY payer_id",
                rs -> new CarePath.Payer(rs.getString(1), rs.getString(2), rs.getString(3)));
        List<MonthVisits.Fee> fees = list("SELECT code, effective_from, effective_to, price FROM billing.fee ORDER BY code, effective_from",
                rs -> new MonthVisits.Fee(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
        if (physician == null) {
            Seed.fail("no active physician is set up to sign the plans");
        }

        System.out.println("Billing month " + month + ": choosing " + String.format("%,d", wanted) + " completed PT and counseling appointments...");
        Map<UUID, List<Candidate>> byPatient = candidates(month);
        List<UUID> patients = new ArrayList<>(byPatient.keySet());
        for (int i = patients.size() - 1; i > 0; i--) { // Fisher-Yates with the seeded stream
            Collections.swap(patients, i, random.nextInt(i + 1));
        }
        int available = byPatient.values().stream().mapToInt(List::size).sum();
        if (available < wanted) {
            Seed.fail(month + " has only " + available + " untouched completed PT and counseling appointments; ask for fewer visits");
        }

        Progress progress = new Progress(wanted);
        CarePath care = new CarePath(zone, physician);
        MonthVisits visits = new MonthVisits(zone, fees);
        Rows links = new Rows("seed_plan_link (appointment_id, plan_id)");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS seed_plan_link (appointment_id uuid PRIMARY KEY, plan_id uuid NOT NULL)");
            s.execute("TRUNCATE seed_plan_link");
        }
        int done = 0;
        int patientsDone = 0;
        for (UUID patient : patients) {
            if (done >= wanted) {
                break;
            }
            List<Candidate> mine = byPatient.get(patient);
            mine = mine.subList(0, Math.min(mine.size(), wanted - done));
            Candidate first = mine.get(0);
            int r = random.nextInt(100);
            CarePath.Payer payer = payers.isEmpty() || r >= 55 ? null : payers.get(r < 20 ? 0 : r < 40 ? 1 % payers.size() : 2 % payers.size());
            CarePath.Care planned = care.add(random, patient, first.patientName(), first.appointment().counseling(), first.appointment().clinician(),
                    payer, first.appointment().startsAt());
            String complexity = random.nextInt(3) == 0 ? "HIGH" : random.nextBoolean() ? "MODERATE" : "LOW";
            for (int i = 0; i < mine.size(); i++) {
                visits.add(random, mine.get(i).appointment(), planned, complexity, i == 0);
                links.add(mine.get(i).appointment().id(), planned.planId());
            }
            done += mine.size();
            patientsDone++;
            if (patientsDone % PATIENTS_PER_BATCH == 0 || done >= wanted) {
                care.flush(db);
                visits.flush(db);
                links.flush(db);
                db.commit();
                progress.show(done, "patients " + patientsDone + ", visits " + done + ", charges " + visits.charges());
            }
        }
        progress.note("linking the appointments to their plans");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE scheduling.appointment a SET plan_id = l.plan_id FROM seed_plan_link l WHERE a.id = l.appointment_id");
            db.commit();
            db.setAutoCommit(true);
            progress.note("analyzing tables");
            for (String t : List.of("billing.charge", "treatment.therapy_visit", "treatment.therapy_intervention", "treatment.treatment_plan",
                    "patients.intake", "patients.insurance_policy")) {
                s.execute("ANALYZE " + t);
            }
            db.setAutoCommit(false);
        }
        progress.done();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Billing month %s: %,d patients (%,d insured), %,d signed visits, %,d charges in review %s in %.0f s.%n", month,
                patientsDone, care.policies(), visits.visits(), visits.charges(), visits.chargesByRoute(), seconds);
        record(out, Map.of("billingMonth", month.toString(), "billingPatients", Integer.toString(patientsDone), "billingInsured",
                Long.toString(care.policies()), "billingVisits", Long.toString(visits.visits()), "billingCharges", Long.toString(visits.charges())));
    }

    /** An appointment to document, with the patient's name for the insurance policy. */
    private record Candidate(MonthVisits.Appointment appointment, String patientName) {
    }

    /** The month's completed PT and counseling appointments of untouched synthetic patients, by patient, oldest first. */
    private Map<UUID, List<Candidate>> candidates(YearMonth month) throws SQLException {
        Map<UUID, List<Candidate>> byPatient = new LinkedHashMap<>();
        String sql = "SELECT a.id, a.patient_id, a.type_code, a.starts_at, a.ends_at, p.id, p.username, p.display_name, p.npi,"
                + " pt.given_name || ' ' || pt.family_name"
                + " FROM scheduling.appointment a JOIN scheduling.provider p ON p.id = a.provider_id JOIN patients.patient pt ON pt.id = a.patient_id"
                + " WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status = 'COMPLETED' AND a.created_by = 'seed'"
                + " AND (a.type_code LIKE 'PT%' OR a.type_code LIKE 'COUNSELING%')"
                + " AND NOT EXISTS (SELECT 1 FROM treatment.therapy_visit v WHERE v.appointment_id = a.id)"
                + " AND NOT EXISTS (SELECT 1 FROM patients.intake i WHERE i.patient_id = a.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM treatment.treatment_plan t WHERE t.patient_id = a.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM patients.insurance_policy ip WHERE ip.patient_id = a.patient_id)"
                + " ORDER BY a.patient_id, a.starts_at, a.id";
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, month.atDay(1).atStartOfDay(zone).toOffsetDateTime());
            q.setObject(2, month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID patient = rs.getObject(2, UUID.class);
                    boolean counseling = rs.getString(3).startsWith("COUNSELING");
                    CarePath.Clinician clinician = new CarePath.Clinician(rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8));
                    MonthVisits.Appointment a = new MonthVisits.Appointment(rs.getObject(1, UUID.class), patient, counseling,
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), clinician, rs.getString(9));
                    byPatient.computeIfAbsent(patient, k -> new ArrayList<>()).add(new Candidate(a, rs.getString(10)));
                }
            }
        }
        db.commit();
        // one discipline per plan here: a patient seen by PT and counseling in the month keeps the first discipline's visits
        byPatient.replaceAll((p, list) -> list.stream().filter(c -> c.appointment().counseling() == list.get(0).appointment().counseling())
                .collect(Collectors.toList()));
        return byPatient;
    }

    /** Writes figures into seed.properties, replacing earlier values of the same keys, for the benchmark report. */
    static void record(Path out, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(out) ? new ArrayList<>(Files.readAllLines(out)) : new ArrayList<>();
        lines.removeIf(l -> values.keySet().stream().anyMatch(k -> l.startsWith(k + "=")));
        new java.util.TreeMap<>(values).forEach((k, v) -> lines.add(k + "=" + v));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
    }

    private <T> List<T> list(String sql, Rows.Reader<T> reader) throws SQLException {
        return Rows.list(db, sql, reader);
    }

    private <T> T single(String sql, Rows.Reader<T> reader) throws SQLException {
        List<T> rows = list(sql, reader);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
