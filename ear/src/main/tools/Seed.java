import com.clinicsuite.patients.domain.Mrn;
import com.clinicsuite.patients.domain.assessment.Instrument;
import com.clinicsuite.patients.domain.assessment.QuestionnaireResult;
import com.clinicsuite.patients.domain.assessment.QuestionnaireScoring;
import com.clinicsuite.shared.domain.SearchText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills a running suite's database with synthetic patients for the benchmarks: {@code ./clinic seed --patients N}.
 *
 * <p>What it loads, deterministically for a given {@code --seed}:
 * <ul>
 *   <li>patients with US name frequencies (common surnames and given names weighted as in the Census and SSA lists,
 *       plus a long tail of rarer surnames), ages 18–90, phones, addresses, MRNs from the clinic's own rule;</li>
 *   <li>appointments as a pain clinic sees them: most patients a few PT, counseling or physician visits, active
 *       ketamine patients an induction series and boosters (dozens); completed or no-show in the past, booked ahead;
 *       one patient with 500 infusions for the chart benchmark;</li>
 *   <li>NRS and PHQ-9 questionnaires along the way, scored by the domain's own {@code QuestionnaireScoring}.</li>
 * </ul>
 * Rows go in with COPY in batches; the database's own constraints (MRN uniqueness, exclusion constraints against
 * double-booking a provider, a chair or a patient, checks) accept every row, so the data is valid, not just plentiful.
 * After the patients (or alone with {@code --history}, on a database seeded before), {@link InfusionHistory} documents
 * the ketamine series begun in the last {@code --history-months} (default 12): signed infusion visits with vitals every
 * cycle, the controlled-substance register's receipts and draws, charges, invoices, payments and claims
 * ({@code --no-history} skips it; {@code --history-limit P} documents the first P patients only, for a quick try).
 * With {@code --billing-month VISITS}, {@link BillingMonth} adds a month of signed PT and counseling visits with their
 * charges waiting for review, for the month-end billing benchmark.
 */
public class Seed {

    private static final String BY = "seed";
    private static final int LANES = 400;
    private static final LocalTime[] SLOTS = {LocalTime.of(8, 0), LocalTime.of(9, 30), LocalTime.of(11, 0), LocalTime.of(12, 30),
            LocalTime.of(14, 0), LocalTime.of(15, 30)};
    private static final int BATCH = 20_000;

    // surnames (weights per 100,000 from the 2010 Census list, rounded) and given names (SSA, rounded)
    private static final String[] FAMILY = {"Smith:828", "Johnson:655", "Williams:550", "Brown:487", "Jones:483", "Garcia:394", "Miller:382",
            "Davis:373", "Rodriguez:366", "Martinez:353", "Hernandez:344", "Lopez:292", "Gonzalez:285", "Wilson:276", "Anderson:272",
            "Thomas:264", "Taylor:262", "Moore:246", "Jackson:242", "Martin:240", "Lee:234", "Perez:231", "Thompson:228", "White:227",
            "Harris:212", "Sanchez:208", "Clark:185", "Ramirez:184", "Lewis:178", "Robinson:176", "Walker:173", "Young:162", "Allen:160",
            "King:159", "Wright:157", "Scott:148", "Torres:146", "Nguyen:146", "Hill:146", "Flores:145", "Green:145", "Adams:143",
            "Nelson:141", "Baker:141", "Hall:136", "Rivera:134", "Campbell:130", "Mitchell:129", "Carter:128", "Roberts:128", "Gomez:118",
            "Phillips:116", "Evans:114", "Turner:113", "Diaz:113", "Parker:111", "Cruz:110", "Edwards:110", "Collins:109", "Reyes:108",
            "Stewart:107", "Morris:104", "Morales:103", "Murphy:102", "Cook:100", "Rogers:99", "Gutierrez:96", "Ortiz:95", "Morgan:95",
            "Cooper:94", "Peterson:93", "Bailey:92", "Reed:91", "Kelly:89", "Howard:88", "Ramos:88", "Kim:87", "Cox:86", "Ward:86",
            "Richardson:85", "Watson:84", "Brooks:83", "Chavez:83", "Wood:82", "James:82", "Bennett:81", "Gray:81", "Mendoza:80",
            "Ruiz:79", "Hughes:78", "Price:78", "Alvarez:78", "Castillo:77", "Sanders:77", "Patel:77", "Myers:76", "Long:76", "Ross:75",
            "Foster:75", "Jimenez:75", "O'Brien:40", "Nakamura:20", "Kowalski:20", "Okafor:12", "Haddad:12", "Tanaka:15", "Schmidt:60"};
    private static final String[] GIVEN = {"James:33", "Mary:28", "Robert:31", "Patricia:20", "John:32", "Jennifer:19", "Michael:31",
            "Linda:18", "David:28", "Elizabeth:17", "William:27", "Barbara:16", "Richard:24", "Susan:15", "Joseph:21", "Jessica:15",
            "Thomas:20", "Sarah:14", "Christopher:20", "Karen:14", "Charles:19", "Lisa:13", "Daniel:19", "Nancy:13", "Matthew:16",
            "Betty:12", "Anthony:15", "Sandra:12", "Mark:14", "Margaret:12", "Donald:14", "Ashley:11", "Steven:14", "Kimberly:11",
            "Andrew:13", "Emily:11", "Paul:12", "Donna:10", "Joshua:12", "Michelle:10", "Kenneth:12", "Carol:10", "Kevin:11", "Amanda:10",
            "Brian:11", "Melissa:10", "George:11", "Deborah:9", "Timothy:10", "Stephanie:9", "Ronald:10", "Rebecca:9", "Jason:10",
            "Laura:9", "Edward:10", "Sharon:9", "Jeffrey:9", "Cynthia:9", "Ryan:9", "Kathleen:8", "Jacob:9", "Amy:8", "Gary:9", "Angela:8",
            "Nicholas:8", "Shirley:8", "Eric:8", "Anna:8", "Jonathan:8", "Brenda:8", "Stephen:8", "Pamela:7", "Larry:7", "Emma:7",
            "Justin:7", "Nicole:7", "Scott:7", "Helen:7", "Brandon:7", "Samantha:7", "Benjamin:7", "Katherine:7", "Samuel:7",
            "Christine:7", "Gregory:6", "Debra:6", "Alexander:6", "Rachel:6", "Frank:6", "Carolyn:6", "Patrick:6", "Janet:6",
            "Raymond:6", "Catherine:6", "Jack:6", "Maria:6", "Dennis:5", "Heather:5", "Jerry:5", "Diane:5", "Tyler:5", "Ruth:5",
            "Aaron:5", "Julie:5", "Jose:5", "Olivia:5", "Adam:5", "Joyce:5", "Nathan:5", "Virginia:5", "Henry:5", "Victoria:5",
            "Wei:2", "Priya:2", "Aisha:2", "Mateo:3", "Sofia:4", "Luis:4", "Mei:2", "Omar:2", "Fatima:2", "Yuki:1"};
    private static final String[] SYLLABLES = {"bar", "ton", "mel", "ric", "son", "ver", "lin", "gar", "dal", "wick", "ham", "ley", "ford",
            "stein", "berg", "man", "ski", "vic", "ell", "ard", "ow", "ing", "ash", "mont", "er", "al", "ov", "enko", "ez", "ia"};
    private static final String[][] CITIES = {{"Sacramento", "CA", "958"}, {"Portland", "OR", "972"}, {"Austin", "TX", "787"},
            {"Denver", "CO", "802"}, {"Madison", "WI", "537"}, {"Chicago", "IL", "606"}, {"Phoenix", "AZ", "850"}, {"Raleigh", "NC", "276"},
            {"Columbus", "OH", "432"}, {"Seattle", "WA", "981"}};
    private static final String[] STREETS = {"Oak", "Maple", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park", "Washington", "Main"};

    /** A kind of clinic lane: a provider and the room its visits need. */
    private enum Lane {
        INFUSION("NURSE", "INFUSION_CHAIR", "INFUSION_60", 60, 30),
        PT("PHYSICAL_THERAPY", "PT_ROOM", "PT_VISIT", 45, 0),
        COUNSELING("COUNSELING", "COUNSELING_ROOM", "COUNSELING", 50, 0),
        PHYSICIAN("PHYSICIAN", "EXAM_ROOM", "PHYSICIAN_CONSULT", 45, 0);

        final String discipline;
        final String room;
        final String type;
        final int minutes;
        final int recovery;

        Lane(String discipline, String room, String type, int minutes, int recovery) {
            this.discipline = discipline;
            this.room = room;
            this.type = type;
            this.minutes = minutes;
            this.recovery = recovery;
        }
    }

    private static final String USAGE = "usage: ./clinic seed [--patients N [--no-history]] [--history] [--history-months M] [--history-limit P]"
            + " [--billing-month VISITS [--month YYYY-MM]] [--seed S]";

    public static void main(String[] args) throws Exception {
        int patients = 0;
        int billingVisits = 0;
        boolean history = false;
        boolean noHistory = false;
        int historyMonths = 12;
        int historyLimit = 0;
        java.time.YearMonth month = null;
        long seed = 42;
        String url = null;
        String user = null;
        String password = null;
        String out = "runtime/seed.properties";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--patients" -> patients = Integer.parseInt(args[++i].replace("_", ""));
                case "--history" -> history = true;
                case "--no-history" -> noHistory = true;
                case "--history-months" -> historyMonths = Integer.parseInt(args[++i]);
                case "--history-limit" -> historyLimit = Integer.parseInt(args[++i].replace("_", ""));
                case "--billing-month" -> billingVisits = Integer.parseInt(args[++i].replace("_", ""));
                case "--month" -> month = java.time.YearMonth.parse(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--db-url" -> url = args[++i];
                case "--db-user" -> user = args[++i];
                case "--db-password" -> password = args[++i];
                case "--out" -> out = args[++i];
                default -> fail("unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (patients < 0 || patients > 5_000_000) {
            fail("give --patients between 1 and 5,000,000");
        }
        if (patients == 0 && billingVisits == 0 && !history) {
            fail("give --patients N, --history or --billing-month VISITS; " + USAGE);
        }
        if (billingVisits < 0 || billingVisits > 200_000) {
            fail("give --billing-month between 1 and 200,000 visits");
        }
        if (historyMonths < 1 || historyMonths > 240 || historyLimit < 0) {
            fail("give --history-months between 1 and 240 and --history-limit 0 (all) or more patients");
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            if (patients > 0) {
                new Seed(c, seed, ZoneId.systemDefault()).run(patients, Path.of(out));
                history |= !noHistory;
            }
            if (history) {
                c.setAutoCommit(false);
                new InfusionHistory(c, seed, ZoneId.systemDefault(), historyMonths, historyLimit).run(Path.of(out));
            }
            if (billingVisits > 0) {
                c.setAutoCommit(false);
                new BillingMonth(c, seed, ZoneId.systemDefault(), month).run(billingVisits, Path.of(out));
            }
        } catch (SQLException e) {
            fail("the database refused the data: " + e.getMessage());
        }
    }

    private final Connection db;
    private final CopyManager copy;
    private final long seed;
    private SplittableRandom random;
    private final ZoneId zone;
    private final Weighted family;
    private final Weighted given;
    private final List<LocalDate> workingDays = new ArrayList<>();
    private final Instant now = Instant.now();

    Seed(Connection db, long seed, ZoneId zone) throws SQLException {
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
        this.seed = seed;
        this.zone = zone;
        this.family = new Weighted(FAMILY);
        this.given = new Weighted(GIVEN);
    }

    void run(int count, Path out) throws Exception {
        long started = System.nanoTime();
        long firstMrn;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('patients.mrn_seq')")) {
            rs.next();
            firstMrn = rs.getLong(1);
        }
        if (firstMrn + count > 9_999_999L) {
            fail("the MRN sequence has room for " + (9_999_999L - firstMrn) + " more patients only");
        }
        // the same seed on the same database gives the same data; a second load on top gets new ids of its own
        random = new SplittableRandom(seed * 1_000_003L + firstMrn);
        String tag = Long.toString(firstMrn, 36);
        UUID[][] lanes = lanes(tag);
        int[] visits = new int[count];
        Lane[] kinds = new Lane[count];
        long total = 0;
        for (int p = 0; p < count; p++) {
            double r = random.nextDouble();
            if (p == 0) {
                kinds[p] = Lane.INFUSION;
                visits[p] = 500;
            } else if (r < 0.07) {
                kinds[p] = Lane.INFUSION;
                visits[p] = 18 + random.nextInt(24); // induction series and boosters
            } else {
                kinds[p] = Lane.values()[1 + random.nextInt(3)];
                visits[p] = r < 0.72 ? 1 + random.nextInt(3) : 4 + random.nextInt(6);
            }
            total += visits[p];
        }
        Progress progress = new Progress(count + total);
        // one queue per lane, slot and parity of day: a patient's visits every second working day, going back from
        // two weeks ahead, so the newest are booked and the rest are history
        int[][] queue = new int[LANES][SLOTS.length * 2];
        for (int[] q : queue) {
            for (int i = 0; i < q.length; i++) {
                q[i] = i % 2;
            }
        }
        StringBuilder patientRows = new StringBuilder();
        StringBuilder appointmentRows = new StringBuilder();
        StringBuilder questionnaireRows = new StringBuilder();
        UUID heavy = null;
        String heavyMrn = null;
        long appointments = 0;
        long questionnaires = 0;
        for (int p = 0; p < count; p++) {
            UUID id = uuid();
            String mrn = Mrn.fromSequence(firstMrn + p).value();
            if (p == 0) {
                heavy = id;
                heavyMrn = mrn;
            }
            patientRows.append(patient(id, mrn, p));
            int lane = p == 0 ? 0 : 1 + kinds[p].ordinal() * ((LANES - 1) / 4) + random.nextInt((LANES - 1) / 4);
            int[] q = queue[lane];
            int best = 0;
            for (int i = 1; i < q.length; i++) {
                if (q[i] < q[best]) {
                    best = i;
                }
            }
            LocalTime slot = SLOTS[best / 2];
            Lane kind = lane == 0 ? Lane.INFUSION : kinds[p];
            List<LocalDate> days = new ArrayList<>(visits[p]);
            for (int v = 0; v < visits[p]; v++) {
                days.add(0, workingDay(q[best]));
                q[best] += 2;
            }
            int nrs = 5 + random.nextInt(5);
            for (int v = 0; v < days.size(); v++) {
                ZonedDateTime start = days.get(v).atTime(slot).atZone(zone);
                appointmentRows.append(appointment(id, lanes[lane][0], lanes[lane][1], kind, start));
                appointments++;
                if (days.size() >= 4 && v % 3 == 0 && start.toInstant().isBefore(now)) {
                    questionnaireRows.append(questionnaire(id, Instrument.NRS, List.of(nrs), days.get(v)));
                    questionnaires++;
                    nrs = Math.max(0, nrs - random.nextInt(2));
                }
            }
            if (days.size() >= 4) {
                questionnaireRows.append(questionnaire(id, Instrument.PHQ9, phq9(), days.get(0)));
                questionnaires++;
            }
            if ((p + 1) % BATCH == 0 || p == count - 1) {
                copyIn("patients.patient (id, version, mrn, given_name, family_name, search_family, search_given, birth_date, active,"
                        + " created_at, created_by, updated_at, updated_by, sex_at_birth, phone, email, contact_method, address_line1, city,"
                        + " state, zip, emergency_name, emergency_relationship, emergency_phone)", patientRows);
                copyIn("scheduling.appointment (id, version, patient_id, provider_id, resource_id, type_code, starts_at, ends_at,"
                        + " resource_free_at, status, late_cancel, created_at, created_by, updated_at, updated_by)", appointmentRows);
                copyIn("patients.questionnaire_response (id, patient_id, instrument, answers, score, secondary_score, band,"
                        + " self_harm_alert, taken_on, recorded_by, recorded_at)", questionnaireRows);
                db.commit();
                progress.show((p + 1) + appointments, "patients " + (p + 1) + "/" + count + ", appointments " + appointments);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("SELECT setval('patients.mrn_seq', " + (firstMrn + count - 1) + ")");
            db.commit();
            db.setAutoCommit(true);
            progress.note("analyzing tables");
            s.execute("ANALYZE patients.patient");
            s.execute("ANALYZE scheduling.appointment");
            s.execute("ANALYZE patients.questionnaire_response");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.done();
        String summary = String.format("Seeded %,d patients, %,d appointments and %,d questionnaires in %.0f s (seed tag %s).", count,
                appointments, questionnaires, seconds, tag);
        System.out.println(summary);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "# written by ./clinic seed; read by ./clinic bench\npatients=" + count + "\nappointments=" + appointments
                + "\nquestionnaires=" + questionnaires + "\nheavyPatientId=" + heavy + "\nheavyPatientMrn=" + heavyMrn + "\nheavyPatientVisits=500"
                + "\nseconds=" + Math.round(seconds) + "\nfirstMrn=" + firstMrn + "\n");
        System.out.println("The patient with 500 infusions: MRN " + heavyMrn + " (" + heavy + "). Details in " + out + ".");
    }

    /** Providers and rooms for the lanes: lane 0 is the heavy patient's own. Returns [lane] → {provider, room}. */
    private UUID[][] lanes(String tag) throws SQLException, IOException {
        UUID[][] ids = new UUID[LANES][2];
        StringBuilder providers = new StringBuilder();
        StringBuilder hours = new StringBuilder();
        StringBuilder rooms = new StringBuilder();
        String stamp = ts(now);
        for (int l = 0; l < LANES; l++) {
            Lane kind = l == 0 ? Lane.INFUSION : Lane.values()[Math.min(3, (l - 1) / ((LANES - 1) / 4))];
            ids[l][0] = uuid();
            ids[l][1] = uuid();
            String name = given.pick() + " " + family.pick();
            providers.append(ids[l][0]).append("\t0\tseed-").append(tag).append('-').append(l).append('\t').append(name)
                    .append(kind == Lane.PHYSICIAN ? ", MD" : kind == Lane.INFUSION ? ", RN" : "").append('\t').append(kind.discipline)
                    .append("\t\\N\ttrue\t").append(stamp).append('\t').append(BY).append('\t').append(stamp).append('\t').append(BY).append('\n');
            for (int d = 1; d <= 5; d++) {
                hours.append(ids[l][0]).append('\t').append(d).append("\t07:00\t19:00\n");
            }
            rooms.append(ids[l][1]).append("\t0\tSeed ").append(tag).append(' ').append(kind.room.toLowerCase().replace('_', ' ')).append(' ').append(l)
                    .append('\t').append(kind.room).append("\ttrue\t").append(stamp).append('\t').append(BY).append('\t').append(stamp).append('\t').append(BY).append('\n');
        }
        copyIn("scheduling.provider (id, version, username, display_name, discipline, npi, active, created_at, created_by, updated_at, updated_by)", providers);
        copyIn("scheduling.provider_hours (provider_id, day_of_week, starts, ends)", hours);
        copyIn("scheduling.resource (id, version, name, kind, active, created_at, created_by, updated_at, updated_by)", rooms);
        db.commit();
        return ids;
    }

    private String patient(UUID id, String mrn, int p) {
        String familyName = random.nextInt(100) < 70 ? family.pick() : rareSurname();
        String givenName = given.pick();
        LocalDate born = LocalDate.now().minusYears(18 + random.nextInt(73)).minusDays(random.nextInt(365));
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String stamp = ts(now);
        return id + "\t0\t" + mrn + "\t" + givenName + "\t" + familyName + "\t" + SearchText.fold(familyName + " " + givenName) + "\t"
                + SearchText.fold(givenName) + "\t" + born + "\ttrue\t" + stamp + "\t" + BY + "\t" + stamp + "\t" + BY + "\t"
                + (random.nextBoolean() ? "FEMALE" : "MALE") + "\t" + phone() + "\t"
                + (givenName + "." + familyName).toLowerCase().replaceAll("[^a-z.]", "") + p + "@example.com\t"
                + (p % 3 == 0 ? "TEXT" : "PHONE") + "\t" + (10 + random.nextInt(9000)) + " " + STREETS[random.nextInt(STREETS.length)]
                + " Street\t" + city[0] + "\t" + city[1] + "\t" + city[2] + String.format("%02d", random.nextInt(100)) + "\t"
                + given.pick() + " " + familyName + "\tPartner\t" + phone() + "\n";
    }

    private String appointment(UUID patient, UUID provider, UUID room, Lane kind, ZonedDateTime start) {
        Instant s = start.toInstant();
        Instant e = s.plusSeconds(kind.minutes * 60L);
        Instant free = e.plusSeconds(kind.recovery * 60L);
        String status = s.isAfter(now) ? "BOOKED" : random.nextInt(100) < 4 ? "NO_SHOW" : "COMPLETED";
        String stamp = ts(s.minusSeconds(86_400L * 14));
        return uuid() + "\t0\t" + patient + "\t" + provider + "\t" + room + "\t" + kind.type + "\t" + ts(s) + "\t" + ts(e) + "\t" + ts(free)
                + "\t" + status + "\tfalse\t" + stamp + "\t" + BY + "\t" + stamp + "\t" + BY + "\n";
    }

    private String questionnaire(UUID patient, Instrument instrument, List<Integer> answers, LocalDate on) {
        QuestionnaireResult r = QuestionnaireScoring.score(instrument, answers);
        return uuid() + "\t" + patient + "\t" + instrument.name() + "\t" + String.join(",", answers.stream().map(String::valueOf).toList()) + "\t"
                + r.score() + "\t" + (r.secondaryScore() == null ? "\\N" : r.secondaryScore()) + "\t" + (r.band() == null ? "\\N" : r.band())
                + "\t" + r.selfHarmAlert() + "\t" + on + "\tseed-physician\t" + ts(on.atTime(12, 0).atZone(zone).toInstant()) + "\n";
    }

    /** PHQ-9 answers; item 9 (self-harm) stays 0 so that no alert needs a clinician here. */
    private List<Integer> phq9() {
        List<Integer> a = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            a.add(random.nextInt(4));
        }
        a.add(0);
        return a;
    }

    /** The n-th working day going back from two weeks ahead (weekends skipped). */
    private LocalDate workingDay(int n) {
        if (workingDays.isEmpty()) {
            LocalDate d = LocalDate.now(zone).plusWeeks(2);
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.minusDays(1);
            }
            workingDays.add(d);
        }
        while (workingDays.size() <= n) {
            LocalDate d = workingDays.get(workingDays.size() - 1).minusDays(1);
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.minusDays(1);
            }
            workingDays.add(d);
        }
        return workingDays.get(n);
    }

    private String rareSurname() {
        int parts = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private String phone() {
        return (2 + random.nextInt(8)) + String.format("%02d", random.nextInt(100)) + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
    }

    private UUID uuid() {
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static String ts(Instant i) {
        return i.toString();
    }

    private void copyIn(String table, StringBuilder rows) throws SQLException, IOException {
        if (rows.length() > 0) {
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    static void fail(String message) {
        System.err.println("clinic seed: " + message);
        System.exit(1);
    }

    /** Picks names by weight. */
    private final class Weighted {
        private final String[] names;
        private final int[] cumulative;

        Weighted(String[] weighted) {
            names = new String[weighted.length];
            cumulative = new int[weighted.length];
            int sum = 0;
            for (int i = 0; i < weighted.length; i++) {
                String[] nw = weighted[i].split(":");
                names[i] = nw[0];
                sum += Integer.parseInt(nw[1]);
                cumulative[i] = sum;
            }
        }

        String pick() {
            int r = random.nextInt(cumulative[cumulative.length - 1]);
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > r) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return names[lo];
        }
    }
}
