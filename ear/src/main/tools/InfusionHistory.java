import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.treatment.application.VisitSigned;
import com.clinicsuite.treatment.domain.InfusionVitals;
import com.clinicsuite.treatment.domain.PainResponse;
import com.clinicsuite.treatment.domain.ProtocolLimits;
import com.clinicsuite.treatment.domain.ProtocolTemplate;
import com.clinicsuite.treatment.domain.ResponseReview;
import com.clinicsuite.treatment.domain.TreatmentPlan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The clinical and billing history of the synthetic ketamine patients: {@code ./clinic seed --history} (and at the end
 * of {@code --patients N}).
 *
 * <p>The history covers the synthetic patients whose ketamine series began in the {@code --history-months} (default
 * 12) before the load time (the newest synthetic patient's creation, a fixed reference in the database), with every
 * completed infusion of their series, and no patient anyone has touched (no plan, intake, insurance, consent or visit).
 * Earlier series (and the 500-infusion patient of the chart benchmark, whose series began years ago) stay as they
 * are. For each patient, through {@link CarePath}: insurance (55 %), intake, consents, a baseline NRS and a signed IV
 * ketamine plan from a protocol that fits the 60-minute appointment; then, through {@link Infusions}, a signed and
 * co-signed visit per completed infusion with vitals every cycle; a response review after every six infusions until
 * the patient responds (then maintenance); the plan completed when nothing is booked any more. The appointments are
 * linked to the plan. Then the register ({@link RegisterHistory}) and billing ({@link BillingHistory},
 * {@link ClaimHistory}) in time order. Appointments that started less than six hours before the load time are left
 * undocumented, so nothing is dated after it. COPY in batches of {@value #PATIENTS_PER_BATCH} patients; every check,
 * trigger and foreign key of the schema applies. The same seed on the same database gives the same rows.
 */
final class InfusionHistory {

    private static final int PATIENTS_PER_BATCH = 250;
    private static final int REVIEW_EVERY = 6;
    private static final int MAX_REVIEWS = 3;

    /** A candidate patient: billing facts, chart facts and the completed infusions to document. */
    private record Candidate(BillingHistory.Patient billing, Infusions.Patient chart, Instant lastPlanned, List<Infusions.Appointment> infusions,
                             int appointmentMinutes) {
    }

    private final Connection db;
    private final long seed;
    private final ZoneId zone;
    private final int months;
    private final int limit;

    /** {@code limit} caps the number of patients (0: all candidates), for trying the generator on a few. */
    InfusionHistory(Connection db, long seed, ZoneId zone, int months, int limit) {
        this.db = db;
        this.seed = seed;
        this.zone = zone;
        this.months = months;
        this.limit = limit;
    }

    void run(Path out) throws SQLException, IOException {
        long started = System.nanoTime();
        Instant reference = one("SELECT max(created_at) FROM patients.patient WHERE created_by = 'seed'", rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        });
        if (reference == null) {
            Seed.fail("there are no synthetic patients yet; run ./clinic seed --patients N first");
        }
        Instant from = reference.atZone(zone).minusMonths(months).toInstant();
        long visitsBefore = one("SELECT count(*) FROM treatment.infusion_visit", rs -> rs.getLong(1));
        long receiptsBefore = one("SELECT count(*) FROM pharmacy.receipt", rs -> rs.getLong(1));
        // the same seed on the same database gives the same history; a second run on top draws new ids of its own
        SplittableRandom random = new SplittableRandom((seed * 1_000_003L + reference.getEpochSecond()) * 31 + months * 7919L + visitsBefore);
        SplittableRandom registerRandom = random.split();
        SplittableRandom billingRandom = random.split();

        CarePath.Clinician physician = one("SELECT id, username, display_name FROM scheduling.provider WHERE discipline = 'PHYSICIAN' AND active"
                + " ORDER BY username <> 'physician', username LIMIT 1", rs -> new CarePath.Clinician(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3)));
        if (physician == null) {
            Seed.fail("no active physician is set up to sign the plans");
        }
        String npi = one("SELECT npi FROM scheduling.provider WHERE id = '" + physician.id() + "'", rs -> rs.getString(1));
        List<String> nurses = list("SELECT username FROM scheduling.provider WHERE discipline = 'NURSE' AND active AND created_by = 'seed'"
                + " ORDER BY username", rs -> rs.getString(1));
        List<CarePath.Payer> payers = list("SELECT payer_id, name, unit_rule FROM billing.payer WHERE active ORDER BY payer_id",
                rs -> new CarePath.Payer(rs.getString(1), rs.getString(2), rs.getString(3)));
        Map<String, Payer> setUp = new LinkedHashMap<>();
        Map<String, UUID> payerRefs = new LinkedHashMap<>();
        for (Object[] p : list("SELECT payer_id, name, address, city, state, zip, unit_rule, requires_jw_jz, covers_ketamine, active, id"
                + " FROM billing.payer ORDER BY payer_id", rs -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getObject(11, UUID.class)})) {
            Payer payer = Payer.of((String) p[1], (String) p[0], (String) p[2], (String) p[3], (String) p[4], (String) p[5],
                    Payer.UnitRule.valueOf((String) p[6]), (Boolean) p[7]);
            payer.setCoversKetamine((Boolean) p[8]);
            payer.setActive((Boolean) p[9]);
            setUp.put((String) p[0], payer);
            payerRefs.put((String) p[0], (UUID) p[10]);
        }
        List<MonthVisits.Fee> fees = list("SELECT code, effective_from, effective_to, price FROM billing.fee ORDER BY code, effective_from",
                rs -> new MonthVisits.Fee(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
        List<ProtocolTemplate> protocols = list("SELECT code, name, dose_mg_per_kg_h, duration_minutes, bolus_mg_per_kg, max_rate_mg_per_kg_h,"
                + " max_bolus_mg_per_kg, max_total_mg, induction_sessions, source FROM treatment.protocol_template WHERE active ORDER BY code",
                rs -> new ProtocolTemplate(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getBigDecimal(5),
                        new ProtocolLimits(rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)), rs.getInt(9), rs.getString(10)));
        InfusionVitals.Thresholds thresholds = one("SELECT max_systolic, max_diastolic, max_heart_rate, min_heart_rate, min_spo2,"
                + " min_respiratory_rate, pre_start_systolic, pre_start_diastolic, discharge_tolerance_percent FROM treatment.monitoring_settings",
                rs -> new InfusionVitals.Thresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9)));
        ClaimHistory.Identity identity = one("SELECT legal_name, npi, tax_id, taxonomy, address, city, state, zip, phone FROM billing.billing_identity",
                rs -> new ClaimHistory.Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));

        System.out.printf("Infusion history: synthetic ketamine series begun since %s, documented up to %s...%n", from.atZone(zone).toLocalDate(),
                reference.atZone(zone).toLocalDate());
        Map<UUID, Candidate> candidates = candidates(from, reference.minus(Duration.ofHours(6)));
        Map<UUID, TreeMap<LocalDate, Integer>> pain = pain(candidates.keySet());
        if (candidates.isEmpty()) {
            System.out.println("Infusion history: no untouched synthetic ketamine series began in that window; nothing to document.");
            return;
        }
        long total = candidates.values().stream().mapToLong(c -> c.infusions().size()).sum();
        Progress progress = new Progress(total);
        CarePath care = new CarePath(zone, physician);
        Infusions infusions = new Infusions(zone, thresholds, physician.username());
        Rows links = new Rows("seed_history_link (patient_id, plan_id)");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS seed_history_link (patient_id uuid PRIMARY KEY, plan_id uuid NOT NULL)");
            s.execute("TRUNCATE seed_history_link");
        }
        List<Infusions.Visit> visits = new ArrayList<>();
        Map<UUID, BillingHistory.Patient> billed = new LinkedHashMap<>();
        int patients = 0;
        long reviews = 0;
        long completed = 0;
        for (Candidate c : candidates.values()) {
            UUID patient = c.chart().id();
            int r = random.nextInt(100);
            CarePath.Payer payer = payers.isEmpty() || r >= 55 ? null : payers.get(r < 20 ? 0 : r < 40 ? 1 % payers.size() : 2 % payers.size());
            List<ProtocolTemplate> fitting = protocols.stream().filter(p -> p.durationMinutes() <= c.appointmentMinutes()).toList();
            if (fitting.isEmpty()) {
                Seed.fail("no active protocol template fits a " + c.appointmentMinutes() + "-minute infusion appointment");
            }
            ProtocolTemplate protocol = fitting.get(random.nextInt(4) == 0 ? 0 : fitting.size() - 1);
            int d = random.nextInt(100);
            BigDecimal dose = protocol.durationMinutes() < 60 || d < 60 ? null : d < 85 ? new BigDecimal("0.75") : BigDecimal.ONE;
            TreeMap<LocalDate, Integer> nrs = pain.getOrDefault(patient, new TreeMap<>());
            int baseline = nrs.isEmpty() ? 5 + random.nextInt(5) : nrs.firstEntry().getValue();
            String name = c.billing().givenName() + " " + c.billing().familyName();
            CarePath.Ketamine k = care.startKetamine(random, patient, name, payer, c.infusions().get(0).startsAt(), protocol, dose, baseline);
            TreatmentPlan plan = k.plan();
            int attended = 0;
            Infusions.Visit last = null;
            for (Infusions.Appointment a : c.infusions()) {
                Map.Entry<LocalDate, Integer> today = nrs.floorEntry(a.startsAt().atZone(zone).toLocalDate());
                int before = today == null ? baseline : today.getValue();
                String confirmer = nurses.size() < 2 ? physician.username() : nurses.get(random.nextInt(nurses.size()));
                if (confirmer.equals(a.nurse())) {
                    confirmer = physician.username();
                }
                last = infusions.add(random, a, c.chart(), k.planId(), plan, protocol.limits(), k.vitals(), before, confirmer);
                visits.add(last);
                attended++;
                int induction = plan.ketamine().inductionSessions();
                if (plan.phase() == TreatmentPlan.Phase.INDUCTION && attended >= induction && (attended - induction) % REVIEW_EVERY == 0
                        && plan.reviews().size() < MAX_REVIEWS) {
                    boolean responder = PainResponse.isResponder(baseline, before);
                    plan.review(attended, before, responder ? ResponseReview.Decision.MAINTENANCE : ResponseReview.Decision.CONTINUE,
                            responder ? null : "Partial response with better sleep; continue at the same dose and review after six more infusions",
                            physician.username(), last.cosignedAt().plusSeconds(600));
                    reviews++;
                }
            }
            if (c.lastPlanned().isBefore(reference.minus(Duration.ofDays(28)))) {
                plan.complete("Series completed; no further infusions booked; follow up in clinic as needed", physician.username(),
                        last.cosignedAt().plus(Duration.ofDays(14)));
                completed++;
            }
            care.writePlan(k.planId(), plan, k.signedAt().minusSeconds(600), plan.history().get(plan.history().size() - 1).changedAt());
            links.add(patient, k.planId());
            BillingHistory.Patient b = c.billing();
            billed.put(patient, new BillingHistory.Patient(b.id(), b.givenName(), b.familyName(), b.birthDate(), b.sex(), b.address(), b.city(),
                    b.state(), b.zip(), payer, k.memberId(), k.groupNumber(), name, k.diagnoses()));
            patients++;
            if (patients % PATIENTS_PER_BATCH == 0 || patients == candidates.size()) {
                care.flush(db);
                infusions.flush(db);
                links.flush(db);
                db.commit();
                progress.show(visits.size(), "patients " + patients + ", infusion visits " + visits.size() + ", readings " + infusions.readings());
            }
        }
        progress.note("linking the infusion appointments to their plans");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE scheduling.appointment a SET plan_id = l.plan_id FROM seed_history_link l WHERE a.patient_id = l.patient_id"
                    + " AND a.type_code LIKE 'INFUSION%' AND a.created_by = 'seed' AND a.plan_id IS NULL");
        }
        db.commit();

        progress.note("drawing the ketamine from the register in time order");
        RegisterHistory register = new RegisterHistory(zone, Long.toString(receiptsBefore, 36).toUpperCase());
        Map<UUID, List<VisitSigned.Drug>> drugs = register.run(registerRandom, visits);
        register.flush(db);
        db.commit();

        progress.note("billing: charges, month-end runs, invoices, payments, claims and remittances");
        BillingHistory billing = new BillingHistory(zone, reference, billingRandom, fees, setUp, payerRefs,
                new BillingHistory.Provider(physician.username(), physician.name(), npi));
        ClaimHistory claims = new ClaimHistory(db, zone, identity, billing);
        long lastInvoice = one("SELECT last FROM billing.invoice_counter WHERE id = 1 FOR UPDATE", rs -> rs.getLong(1), false);
        long numbers = billing.run(visits, drugs, billed, lastInvoice, claims);
        billing.flush(db);
        claims.flush(db);
        try (PreparedStatement s = db.prepareStatement("UPDATE billing.invoice_counter SET last = ? WHERE id = 1")) {
            s.setLong(1, lastInvoice + numbers);
            s.executeUpdate();
        }
        db.commit();

        progress.note("analyzing tables");
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            for (String t : List.of("treatment.infusion_visit", "treatment.infusion_reading", "treatment.infusion_event", "treatment.treatment_plan",
                    "pharmacy.vial", "pharmacy.register_entry", "billing.charge", "billing.invoice", "billing.invoice_line", "billing.payment",
                    "billing.allocation", "billing.ledger_entry", "billing.claim", "billing.claim_line", "patients.consent", "patients.intake")) {
                s.execute("ANALYZE " + t);
            }
        }
        db.setAutoCommit(false);
        progress.done();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Infusion history: %,d patients (%,d insured), %,d co-signed infusion visits with %,d vitals readings (%,d stop/hold"
                        + " alerts) and %,d events, %,d response reviews, %,d plans completed; register: %,d receipts, %,d vials, %,d entries;"
                        + " billing: %,d charges, %,d invoices (%s open), %,d payments, %,d claims %s in %,d 837P batches; in %.0f s.%n", patients,
                care.policies(), infusions.visits(), infusions.readings(), infusions.alerts(), infusions.events(), reviews, completed, register.receipts(),
                register.vials(), register.entries(), billing.charges(), numbers, "$" + billing.openOnInvoices().toPlainString(), billing.payments(),
                claims.claims(), claims.byStatus(), claims.batches(), seconds);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("historyMonths", Integer.toString(months));
        values.put("historyFrom", from.atZone(zone).toLocalDate().toString());
        values.put("historyPatients", Integer.toString(patients));
        values.put("historyInfusionVisits", Long.toString(infusions.visits()));
        values.put("historyVitalsReadings", Long.toString(infusions.readings()));
        values.put("historyInfusionEvents", Long.toString(infusions.events()));
        values.put("historyRegisterReceipts", Long.toString(register.receipts()));
        values.put("historyRegisterVials", Long.toString(register.vials()));
        values.put("historyRegisterEntries", Long.toString(register.entries()));
        values.put("historyCharges", Long.toString(billing.charges()));
        values.put("historyInvoices", Long.toString(numbers));
        values.put("historyPayments", Long.toString(billing.payments()));
        values.put("historyClaims", Long.toString(claims.claims()));
        // counts add up over runs (--history on top of an earlier history); the window and time are this run's
        java.util.Properties before = new java.util.Properties();
        if (java.nio.file.Files.exists(out)) {
            try (var in = java.nio.file.Files.newBufferedReader(out)) {
                before.load(in);
            }
        }
        values.replaceAll((key, value) -> key.equals("historyMonths") || key.equals("historyFrom") || before.getProperty(key) == null ? value
                : Long.toString(Long.parseLong(value) + Long.parseLong(before.getProperty(key).strip())));
        values.put("historySeconds", Long.toString(Math.round(seconds)));
        BillingMonth.record(out, values);
    }

    /** The completed infusions of untouched synthetic patients whose series began at {@code from} or later, by patient, oldest first. */
    private Map<UUID, Candidate> candidates(Instant from, Instant cutoff) throws SQLException {
        String sql = "WITH series AS (SELECT patient_id, min(starts_at) FILTER (WHERE status = 'COMPLETED') AS first_done,"
                + " max(starts_at) FILTER (WHERE status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')) AS last_planned"
                + " FROM scheduling.appointment WHERE created_by = 'seed' AND type_code LIKE 'INFUSION%' GROUP BY patient_id)"
                + " SELECT a.id, a.patient_id, a.starts_at, a.ends_at, pr.username, s.last_planned, p.given_name, p.family_name, p.birth_date,"
                + " p.sex_at_birth, p.address_line1, p.city, p.state, p.zip, p.emergency_name, p.emergency_phone"
                + " FROM series s JOIN scheduling.appointment a ON a.patient_id = s.patient_id"
                + " JOIN scheduling.provider pr ON pr.id = a.provider_id JOIN patients.patient p ON p.id = s.patient_id"
                + " WHERE s.first_done >= ? AND a.created_by = 'seed' AND a.type_code LIKE 'INFUSION%' AND a.status = 'COMPLETED' AND a.starts_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM treatment.infusion_visit v WHERE v.patient_id = s.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM treatment.treatment_plan t WHERE t.patient_id = s.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM patients.intake i WHERE i.patient_id = s.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM patients.insurance_policy ip WHERE ip.patient_id = s.patient_id)"
                + " AND NOT EXISTS (SELECT 1 FROM patients.consent c WHERE c.patient_id = s.patient_id)"
                + " ORDER BY a.patient_id, a.starts_at, a.id";
        Map<UUID, Candidate> byPatient = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, from.atZone(zone).toOffsetDateTime());
            q.setObject(2, cutoff.atZone(zone).toOffsetDateTime());
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID patient = rs.getObject(2, UUID.class);
                    if (!byPatient.containsKey(patient) && limit > 0 && byPatient.size() >= limit) {
                        break;
                    }
                    Instant starts = rs.getTimestamp(3).toInstant();
                    Candidate c = byPatient.computeIfAbsent(patient, id -> {
                        try {
                            return new Candidate(new BillingHistory.Patient(id, rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), null, null, null, null,
                                    List.of()), new Infusions.Patient(id, rs.getString(15), rs.getString(16), rs.getObject(9, LocalDate.class),
                                    "FEMALE".equals(rs.getString(10))), rs.getTimestamp(6).toInstant(), new ArrayList<>(),
                                    (int) Duration.between(starts, rs.getTimestamp(4).toInstant()).toMinutes());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    c.infusions().add(new Infusions.Appointment(rs.getObject(1, UUID.class), starts, rs.getString(5)));
                }
            }
        }
        db.commit();
        return byPatient;
    }

    /** Each patient's pain NRS over time (the questionnaires the patient generator recorded), by day. */
    private Map<UUID, TreeMap<LocalDate, Integer>> pain(java.util.Set<UUID> patients) throws SQLException {
        Map<UUID, TreeMap<LocalDate, Integer>> pain = new java.util.HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT patient_id, taken_on, score FROM patients.questionnaire_response"
                + " WHERE instrument = 'NRS' AND patient_id = ANY (?) ORDER BY patient_id, taken_on, recorded_at")) {
            Array ids = db.createArrayOf("uuid", patients.toArray());
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    pain.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>()).put(rs.getObject(2, LocalDate.class), rs.getInt(3));
                }
            }
        }
        db.commit();
        return pain;
    }

    private <T> List<T> list(String sql, Rows.Reader<T> reader) throws SQLException {
        return Rows.list(db, sql, reader);
    }

    private <T> T one(String sql, Rows.Reader<T> reader) throws SQLException {
        return one(sql, reader, true);
    }

    /** The first row's value, or null; {@code commit} false keeps the transaction (and its locks) open. */
    private <T> T one(String sql, Rows.Reader<T> reader, boolean commit) throws SQLException {
        T value = null;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) {
                value = reader.read(rs);
            }
        }
        if (commit) {
            db.commit();
        }
        return value;
    }
}
