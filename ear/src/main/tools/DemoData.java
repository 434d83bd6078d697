import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo patients through the real REST API, signed in as the demo front-desk user, so the
 * data passes every rule and lands in the audit trail. Runs only when the database has no patients,
 * so a second './clinic run' keeps what was entered.
 *
 * Usage: java DemoData.java APP_URL REALM_URL   (run by ./clinic; a single-file Java program)
 */
public class DemoData {

    private static final List<String[]> PATIENTS = List.of(
            new String[] {"Maria", "Garcia", "1971-03-14"},
            new String[] {"James", "Smith", "1958-11-02"},
            new String[] {"Aisha", "Khan", "1986-07-23"},
            new String[] {"Robert", "Johnson", "1964-01-30"},
            new String[] {"Linh", "Nguyen", "1990-09-09"},
            new String[] {"José", "Álvarez", "1979-05-17"},
            new String[] {"Emily", "Brown", "1995-12-01"},
            new String[] {"Michael", "Williams", "1949-04-21"},
            new String[] {"Sofia", "Rossi", "1983-08-08"},
            new String[] {"David", "Miller", "1968-02-12"},
            new String[] {"Grace", "Okafor", "1975-10-27"},
            new String[] {"Daniel", "Cohen", "1988-06-05"},
            new String[] {"Olivia", "Davis", "2001-03-03"},
            new String[] {"Henry", "Wilson", "1955-07-19"},
            new String[] {"Zoë", "Martin", "1992-11-11"},
            new String[] {"Samuel", "Lee", "1972-12-24"},
            new String[] {"Priya", "Patel", "1981-01-15"},
            new String[] {"Thomas", "Anderson", "1962-09-30"},
            new String[] {"Chloe", "Taylor", "1997-04-04"},
            new String[] {"Ahmed", "Hassan", "1966-06-16"},
            new String[] {"Hannah", "Moore", "1984-02-28"},
            new String[] {"Lucas", "Silva", "1977-08-31"},
            new String[] {"Ava", "Thompson", "1999-05-25"},
            new String[] {"Noah", "White", "1960-10-10"},
            new String[] {"Isabella", "Martínez", "1987-03-22"},
            new String[] {"Ethan", "Harris", "1993-07-07"},
            new String[] {"Mia", "Clark", "1970-01-01"},
            new String[] {"William", "Lewis", "1952-05-05"},
            new String[] {"Fatima", "Rahman", "1986-11-30"},
            new String[] {"George", "Walker", "1957-03-09"},
            new String[] {"Yuki", "Sato", "1991-06-14"},
            new String[] {"Carmen", "López", "1974-12-12"},
            new String[] {"Peter", "Novak", "1969-09-02"},
            new String[] {"Amara", "Mensah", "1995-02-20"},
            new String[] {"Oliver", "Schmidt", "1980-07-27"},
            new String[] {"Leah", "Goldberg", "1963-04-18"},
            new String[] {"Mateo", "Fernández", "1998-10-03"},
            new String[] {"Ingrid", "Larsen", "1955-01-26"},
            new String[] {"Kwame", "Boateng", "1982-05-31"},
            new String[] {"Rosa", "Bianchi", "1976-08-15"});

    /** Intake states spread over the first patients: diagnosis, screen, decision, medications, baseline scores. */
    private static final String[][] INTAKES = {
            // code, screen (blank = all NO; ITEM=ANSWER otherwise), decision, override reason, opioid, strength, units/day, NRS baseline, NRS now, PHQ-9 answers
            {"G90.511", "", "ELIGIBLE", "", "OXYCODONE", "10", "4", "8", "4", "1,1,1,1,1,0,1,0,0"},
            {"M79.7", "", "ELIGIBLE", "", "", "", "", "7", "6", "2,2,1,1,1,1,1,0,0"},
            {"G43.719", "", "ELIGIBLE", "", "", "", "", "9", "5", "1,0,1,1,0,0,0,0,0"},
            {"G89.4", "", "ELIGIBLE", "", "FENTANYL_TRANSDERMAL", "25", "1", "8", "7", "2,2,2,2,1,1,1,1,0"},
            {"B02.23", "", "ELIGIBLE", "", "TRAMADOL", "50", "4", "6", "3", "0,1,0,1,0,0,0,0,0"},
            {"G90.522", "PREGNANCY=UNKNOWN", "", "", "", "", "", "7", "", "1,1,0,1,0,0,0,0,0"},
            {"M54.50", "ACTIVE_SUBSTANCE_ABUSE=YES", "NOT_ELIGIBLE", "", "METHADONE", "10", "3", "8", "", "2,2,2,1,1,1,1,0,0"},
            {"G54.6", "MODERATE_HEPATIC_DISEASE=YES", "ELIGIBLE", "", "HYDROCODONE", "10", "4", "7", "5", "1,1,1,1,0,0,0,0,0"},
            {"G89.3", "ELEVATED_INTRAOCULAR_PRESSURE=UNKNOWN", "ELIGIBLE_WITH_OVERRIDE", "Ophthalmology exam 11/02 normal; IOP 15 mmHg both eyes", "MORPHINE", "30", "2", "9", "6", "1,1,1,1,1,1,0,0,0"},
            {"F33.1", "", "ELIGIBLE", "", "", "", "", "6", "4", "2,2,2,2,2,1,2,1,1"},
            {"M79.2", "", "", "", "", "", "", "5", "", "0,0,0,1,0,0,0,0,0"},
            {"G43.709", "KETAMINE_HYPERSENSITIVITY=UNKNOWN", "", "", "", "", "", "8", "", "1,1,1,1,1,1,1,0,0"},
            // eligible patients with treatment plans in various phases (see plans())
            {"G90.521", "", "ELIGIBLE", "", "OXYCODONE", "5", "4", "8", "", "1,1,1,0,1,0,1,0,0"},
            {"G57.71", "", "ELIGIBLE", "", "", "", "", "7", "", "0,1,1,1,0,0,0,0,0"},
            {"M79.7", "", "ELIGIBLE", "", "TRAMADOL", "50", "3", "9", "", "2,1,1,2,1,1,1,0,0"},
            {"G89.29", "", "ELIGIBLE", "", "", "", "", "6", "", "1,0,0,1,0,0,0,0,0"},
            {"G43.719", "", "ELIGIBLE", "", "", "", "", "8", "", "1,1,0,1,1,0,0,0,0"},
            {"G90.513", "", "ELIGIBLE", "", "HYDROCODONE", "10", "3", "9", "", "2,2,1,1,1,1,1,0,0"},
            {"G62.9", "", "ELIGIBLE", "", "", "", "", "7", "", "1,1,1,1,0,0,0,0,0"},
            {"M54.59", "", "ELIGIBLE", "", "", "", "", "8", "", "0,1,0,1,0,1,0,0,0"}};

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java DemoData.java APP_URL REALM_URL");
            System.exit(2);
        }
        String app = args[0];
        String realm = args[1];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String bearer = "Bearer " + token(http, realm, "frontdesk");

        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(app + "/api/patients?limit=1"))
                .header("Authorization", bearer).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            fail("could not read the patient list (" + list.statusCode() + "): " + list.body());
        }
        long total = Long.parseLong(field(list.body(), "total"));
        if (total > 0) {
            System.out.println("Demo data: the database already has " + total + " patient(s); nothing loaded.");
            return;
        }
        String[] cities = {"Sacramento|CA|95814", "Portland|OR|97205", "Austin|TX|78701", "Denver|CO|80202", "Madison|WI|53703"};
        String[] referrers = {"Dr. Alan Brooks|1234567893", "Dr. Mei Tanaka|1245319599", "Dr. Omar Haddad|1003000126"};
        for (int i = 0; i < PATIENTS.size(); i++) {
            String[] p = PATIENTS.get(i);
            String[] city = cities[i % cities.length].split("\\|");
            String[] referrer = referrers[i % referrers.length].split("\\|");
            String phone = String.format("(555) %03d-%04d", 200 + i, 1000 + 37 * i);
            String json = "{\"givenName\":\"" + p[0] + "\",\"familyName\":\"" + p[1] + "\",\"birthDate\":\"" + p[2]
                    + "\",\"sexAtBirth\":\"" + (i % 2 == 0 ? "FEMALE" : "MALE") + "\",\"phone\":\"" + phone
                    + "\",\"email\":\"" + p[0].toLowerCase().replaceAll("[^a-z]", "") + "." + p[1].toLowerCase().replaceAll("[^a-z]", "")
                    + "@example.com\",\"contactMethod\":\"" + (i % 3 == 0 ? "TEXT" : "PHONE")
                    + "\",\"addressLine1\":\"" + (100 + 7 * i) + " Oak Street\",\"city\":\"" + city[0] + "\",\"state\":\"" + city[1]
                    + "\",\"zip\":\"" + city[2] + "\",\"emergencyName\":\"Alex " + p[1] + "\",\"emergencyRelationship\":\"Partner"
                    + "\",\"emergencyPhone\":\"" + String.format("(555) %03d-%04d", 300 + i, 2000 + 41 * i)
                    + "\",\"referrerName\":\"" + referrer[0] + "\",\"referrerNpi\":\"" + referrer[1] + "\"}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(app + "/api/patients"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                fail("registering " + p[0] + " " + p[1] + " failed (" + created.statusCode() + "): " + created.body());
            }
        }
        String physician = "Bearer " + token(http, realm, "physician");
        List<String> ids = new java.util.ArrayList<>();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app + "/api/patients?limit=200&sort=mrn"))
                .header("Authorization", physician).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher idm = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(page.body());
        while (idm.find()) {
            ids.add(idm.group(1));
        }
        for (int i = 0; i < INTAKES.length && i < ids.size(); i++) {
            intake(http, app, physician, ids.get(i), INTAKES[i]);
        }
        coverage(http, app, realm, ids);
        Clinic clinic = setup(http, app, realm);
        register(http, app, realm, ids);
        int plans = plans(http, app, realm, clinic, ids);
        int booked = schedule(http, app, realm, clinic, ids);
        therapyVisits(http, app, realm, clinic, ids);
        billing(http, app, realm, ids);
        System.out.println("Demo data: registered " + PATIENTS.size() + " patients, " + INTAKES.length + " with an intake, "
                + plans + " treatment plans, " + booked + " further appointments booked.");
    }

    private static final String[] ITEMS = {"POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE", "PREGNANCY", "ACTIVE_PSYCHOSIS",
            "SEVERE_HEPATIC_DISEASE", "MODERATE_HEPATIC_DISEASE", "ELEVATED_INTRACRANIAL_PRESSURE",
            "ELEVATED_INTRAOCULAR_PRESSURE", "ACTIVE_SUBSTANCE_ABUSE", "KETAMINE_HYPERSENSITIVITY"};

    /**
     * Insurance and packages before any visit is signed, so charge capture routes them: Medicare (covers ketamine,
     * wants JW/JZ), Aetna and BCBS (PT and counseling only), and an induction package for one self-pay patient.
     */
    private static void coverage(HttpClient http, String app, String realm, List<String> ids) throws Exception {
        String desk = "Bearer " + token(http, realm, "frontdesk");
        String[][] policies = {{"2", "Medicare Part B", "06102", "1EG4-TE5-MK72"}, {"1", "Aetna", "60054", "W123456701"},
                {"13", "Aetna", "60054", "W123456713"}, {"7", "Blue Cross Blue Shield of Illinois", "00621", "XOF880077"}};
        for (String[] p : policies) {
            int i = Integer.parseInt(p[0]);
            if (i < ids.size()) {
                post(http, app + "/api/patients/" + ids.get(i) + "/insurance", desk, "{\"priority\":\"PRIMARY\",\"payerName\":\"" + p[1]
                        + "\",\"payerId\":\"" + p[2] + "\",\"memberId\":\"" + p[3] + "\",\"groupNumber\":\"GRP-" + i + "\",\"subscriberName\":\"Self\","
                        + "\"relationship\":\"SELF\",\"effectiveFrom\":\"2024-01-01\"}");
            }
        }
        String product = field(get(http, app + "/api/billing/packages", desk), "id");
        if (ids.size() > 3) {
            post(http, app + "/api/billing/accounts/" + ids.get(3) + "/packages?product=" + product, desk, "");
        }
    }

    /**
     * Billing works the captured charges: approves them, invoices two self-pay patients (one pays part), takes the
     * package holder's deposit, and sends the insured patients' claims.
     */
    private static void billing(HttpClient http, String app, String realm, List<String> ids) throws Exception {
        String billing = "Bearer " + token(http, realm, "billing");
        String desk = "Bearer " + token(http, realm, "frontdesk");
        String queue = get(http, app + "/api/billing/charges?status=REVIEW&size=200", billing);
        Matcher m = Pattern.compile("\\{[^{}]*?\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"version\":(\\d+)").matcher(queue);
        int approved = 0;
        while (m.find()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/billing/charges/" + m.group(1) + "/approval?version=" + m.group(2)))
                    .header("Authorization", billing).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            approved += r.statusCode() == 200 ? 1 : 0;
        }
        for (int i : new int[]{0, 2, 4}) {
            if (i < ids.size()) {
                HttpResponse<String> draft = http.send(HttpRequest.newBuilder(URI.create(app + "/api/billing/accounts/" + ids.get(i) + "/invoices"))
                        .header("Authorization", billing).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (draft.statusCode() == 201) {
                    post(http, app + "/api/billing/invoices/" + field(draft.body(), "id") + "/issue?version=" + field(draft.body(), "version"), billing, "");
                }
            }
        }
        if (ids.size() > 3) {
            post(http, app + "/api/billing/accounts/" + ids.get(0) + "/payments", desk,
                    "{\"method\":\"CARD\",\"amount\":500.00,\"reference\":\"TERM-1001\",\"idempotencyKey\":\"demo-payment-1\"}");
            post(http, app + "/api/billing/accounts/" + ids.get(3) + "/payments", desk,
                    "{\"method\":\"CHECK\",\"amount\":1200.00,\"reference\":\"Check 2231\",\"idempotencyKey\":\"demo-payment-2\"}");
        }
        post(http, app + "/api/billing/claims", billing, "");
        Matcher payer = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*?\"payerId\":\"06102\"").matcher(get(http, app + "/api/billing/payers", billing));
        if (payer.find()) {
            http.send(HttpRequest.newBuilder(URI.create(app + "/api/billing/payers/" + payer.group(1) + "/batches"))
                    .header("Authorization", billing).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
        System.out.println("Demo data: " + approved + " charges approved, invoices issued, payments and claims posted.");
    }

    private static void intake(HttpClient http, String app, String bearer, String id, String[] d) throws Exception {
        String chart = app + "/api/charts/" + id;
        String r = post(http, chart + "/intake/diagnoses?version=0", bearer, "{\"code\":\"" + d[0] + "\",\"character\":\"burning, aching\"}");
        long version = Long.parseLong(field(r, "version"));
        StringBuilder screen = new StringBuilder("{");
        for (String item : ITEMS) {
            String answer = d[1].startsWith(item + "=") ? d[1].substring(item.length() + 1) : "NO";
            screen.append(screen.length() > 1 ? "," : "").append('"').append(item).append("\":\"").append(answer).append('"');
        }
        r = post(http, chart + "/intake/screen?version=" + version, bearer, screen.append('}').toString());
        version = Long.parseLong(field(r, "version"));
        if (!d[2].isEmpty()) {
            r = post(http, chart + "/intake/decision?version=" + version, bearer,
                    "{\"decision\":\"" + d[2] + "\",\"overrideReason\":\"" + d[3] + "\"}");
            version = Long.parseLong(field(r, "version"));
        }
        if (!d[4].isEmpty()) {
            boolean patch = d[4].startsWith("FENTANYL");
            post(http, chart + "/intake/medications?version=" + version, bearer, "{\"drug\":\"" + d[4].charAt(0)
                    + d[4].substring(1).toLowerCase().replace('_', ' ') + "\",\"opioid\":\"" + d[4] + "\",\"strength\":" + d[5]
                    + ",\"unit\":\"" + (patch ? "mcg/h" : "mg") + "\",\"route\":\"" + (patch ? "transdermal" : "oral")
                    + "\",\"frequency\":\"" + (patch ? "every 72 hours" : "every 6 hours") + "\",\"unitsPerDay\":" + d[6]
                    + ",\"prescriber\":\"Dr. Alan Brooks\"}");
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        post(http, chart + "/questionnaires", bearer, "{\"instrument\":\"NRS\",\"answers\":[" + d[7] + "],\"takenOn\":\"" + today.minusDays(42) + "\"}");
        post(http, chart + "/questionnaires", bearer, "{\"instrument\":\"PHQ9\",\"answers\":[" + d[9] + "],\"takenOn\":\"" + today.minusDays(42) + "\"}");
        if (!d[8].isEmpty()) {
            post(http, chart + "/questionnaires", bearer, "{\"instrument\":\"NRS\",\"answers\":[" + d[8] + "],\"takenOn\":\"" + today.minusDays(7) + "\"}");
        }
    }

    /** The demo clinic's providers (weekdays 8–17), chairs and rooms. */
    private record Clinic(java.util.Map<String, String> providers, java.util.Map<String, List<String>> rooms) {
    }

    private static Clinic setup(HttpClient http, String app, String realm) throws Exception {
        String admin = "Bearer " + token(http, realm, "admin");
        String weekdays = "[" + java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(d -> "{\"dayOfWeek\":" + d + ",\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}")
                .collect(java.util.stream.Collectors.joining(",")) + "]";
        String[][] providers = {{"physician", "Dr. Paula Reyes", "PHYSICIAN", "1245319599"}, {"nurse", "Nora Kim, RN", "NURSE", ""},
                {"therapist", "Theo Grant, PT", "PHYSICAL_THERAPY", "1003000126"}, {"counselor", "Clara Okafor, LCSW", "COUNSELING", ""}};
        java.util.Map<String, String> providerIds = new java.util.HashMap<>();
        for (String[] p : providers) {
            String r = post(http, app + "/api/scheduling/providers", admin, "{\"username\":\"" + p[0] + "\",\"displayName\":\"" + p[1]
                    + "\",\"discipline\":\"" + p[2] + "\",\"npi\":\"" + p[3] + "\",\"hours\":" + weekdays + "}");
            providerIds.put(p[2], field(r, "id"));
        }
        String[][] rooms = {{"Infusion chair 1", "INFUSION_CHAIR"}, {"Infusion chair 2", "INFUSION_CHAIR"}, {"Infusion chair 3", "INFUSION_CHAIR"},
                {"PT gym", "PT_ROOM"}, {"Counseling room A", "COUNSELING_ROOM"}, {"Exam room 1", "EXAM_ROOM"}};
        java.util.Map<String, List<String>> roomIds = new java.util.HashMap<>();
        for (String[] r : rooms) {
            roomIds.computeIfAbsent(r[1], k -> new java.util.ArrayList<>()).add(field(post(http, app + "/api/scheduling/resources", admin,
                    "{\"name\":\"" + r[0] + "\",\"kind\":\"" + r[1] + "\"}"), "id"));
        }
        post(http, app + "/api/scheduling/absences", admin, "{\"firstDay\":\"" + java.time.LocalDate.now().withDayOfYear(1).plusYears(1)
                + "\",\"reason\":\"New Year's Day\"}");
        return new Clinic(providerIds, roomIds);
    }

    /** Further single appointments over the next two weeks (physician consults, PT, counseling), where slots are free. */
    private static int schedule(HttpClient http, String app, String realm, Clinic clinic, List<String> patientIds) throws Exception {
        String frontdesk = "Bearer " + token(http, realm, "frontdesk");
        String[][] plan = {{"PT_VISIT", "PHYSICAL_THERAPY", "PT_ROOM", "10:00"}, {"COUNSELING", "COUNSELING", "COUNSELING_ROOM", "13:00"},
                {"PHYSICIAN_CONSULT", "PHYSICIAN", "EXAM_ROOM", "15:00"}};
        int booked = 0;
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(1);
        for (int d = 0; d < 14 && booked < 24; d++, day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int k = 0; k < plan.length; k++) {
                String patient = patientIds.get(20 + (d * plan.length + k) % (patientIds.size() - 20));
                String body = "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + clinic.providers().get(plan[k][1]) + "\",\"resourceId\":\""
                        + clinic.rooms().get(plan[k][2]).get(0) + "\",\"typeCode\":\"" + plan[k][0] + "\",\"startsAt\":\"" + day + "T" + plan[k][3] + "\"}";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/scheduling/appointments"))
                        .header("Authorization", frontdesk).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                booked += r.statusCode() == 201 ? 1 : 0;
            }
        }
        return booked;
    }

    /**
     * Treatment plans for the 15 eligible demo patients, in every phase: maintenance with the next booster booked,
     * induction under way (attended sessions this month, the rest booked), response review due, a non-responder
     * flagged for review, on hold, just booked, oral ketamine, a draft and a completed plan. Attended sessions are
     * recorded as history; future ones are booked from the plan's own series proposal.
     */
    private static int plans(HttpClient http, String app, String realm, Clinic clinic, List<String> ids) throws Exception {
        String md = "Bearer " + token(http, realm, "physician");
        String desk = "Bearer " + token(http, realm, "frontdesk");
        // patient index (into ids) → scenario: attended induction infusions, and what happens next
        Object[][] scenarios = {
                {0, "MAINTENANCE", 6, 38}, {1, "MAINTENANCE", 6, 45}, {2, "MAINTENANCE", 6, 31},
                {3, "INDUCTION", 3, 1}, {4, "INDUCTION", 2, 2}, {7, "INDUCTION", 4, 1},
                {8, "REVIEW_DUE", 6, 2}, {12, "REVIEW_DUE", 6, 3}, {13, "NON_RESPONDER", 6, 4},
                {14, "ON_HOLD", 2, 10}, {15, "BOOKED", 0, 0}, {16, "BOOKED", 0, 0},
                {17, "ORAL", 0, 0}, {18, "DRAFT", 0, 0}, {19, "COMPLETED", 6, 70}};
        java.util.Map<java.time.LocalDate, Integer> nextHour = new java.util.HashMap<>();
        int made = 0;
        for (Object[] sc : scenarios) {
            int index = (Integer) sc[0];
            if (index >= ids.size()) {
                continue;
            }
            String patient = ids.get(index);
            String kind = (String) sc[1];
            consent(http, app, desk, patient);
            String plan = post(http, app + "/api/plans?patient=" + patient, md, "");
            String planId = field(plan, "id");
            made++;
            if ("ORAL".equals(kind)) {
                plan = put(http, app + "/api/plans/" + planId + "/ketamine/oral?version=" + field(plan, "version"), md,
                        "{\"clinicianId\":\"" + clinic.providers().get("PHYSICIAN") + "\",\"doseMg\":50,\"directions\":\"1 troche by mouth at bedtime\","
                                + "\"quantity\":30,\"refills\":1,\"prescriberDea\":\"BR1234563\"}");
            } else {
                plan = put(http, app + "/api/plans/" + planId + "/ketamine/iv?version=" + field(plan, "version"), md,
                        "{\"clinicianId\":\"" + clinic.providers().get("PHYSICIAN") + "\",\"protocolCode\":\"" + (index % 4 == 0 ? "STANDARD-120" : "SHORT-60")
                                + "\",\"inductionSessions\":6,\"minGapDays\":2,\"maxGapDays\":4,\"boosterMinWeeks\":4,\"boosterMaxWeeks\":8,\"maxBoosters\":6}");
            }
            plan = put(http, app + "/api/plans/" + planId + "/counseling?version=" + field(plan, "version"), md,
                    "{\"clinicianId\":\"" + clinic.providers().get("COUNSELING") + "\",\"intakeEvaluation\":" + (made % 2 == 0)
                            + ",\"sessions\":4,\"everyDays\":7,\"modality\":\"KAP_PREPARATION_INTEGRATION\",\"integrationRule\":" + (made % 3 == 0) + "}");
            if (made % 2 == 1) {
                plan = put(http, app + "/api/plans/" + planId + "/physical-therapy?version=" + field(plan, "version"), md,
                        "{\"clinicianId\":\"" + clinic.providers().get("PHYSICAL_THERAPY") + "\",\"evaluationComplexity\":\"MODERATE\","
                                + "\"visitsPerWeek\":2,\"weeks\":4,\"goals\":\"Walk 30 minutes without a rest; ODI below 30 %\",\"recertifyBy\":\""
                                + java.time.LocalDate.now().plusDays(75) + "\",\"certifyingPhysician\":\"Dr. Paula Reyes\"}");
            }
            plan = put(http, app + "/api/plans/" + planId + "/goals?version=" + field(plan, "version"), md,
                    "{\"nrsTargetPercent\":30,\"mmeTargetPercent\":25,\"functionGoal\":\"ODI below 30 %\",\"moodGoal\":\"PHQ-9 below 10\"}");
            if ("DRAFT".equals(kind)) {
                continue;
            }
            plan = postText(http, app + "/api/plans/" + planId + "/signature?version=" + field(plan, "version"), md, "demo");
            int attended = (Integer) sc[2];
            int endDaysAgo = (Integer) sc[3];
            if (attended > 0) {
                StringBuilder history = new StringBuilder("[");
                java.time.LocalDate day = weekdayOnOrBefore(java.time.LocalDate.now().minusDays(endDaysAgo));
                List<java.time.LocalDate> days = new java.util.ArrayList<>();
                for (int k = 0; k < attended; k++) {
                    days.add(0, day);
                    day = weekdayOnOrBefore(day.minusDays(2));
                }
                for (java.time.LocalDate d : days) {
                    int hour = nextHour.merge(d, 1, Integer::sum) + 7;
                    if (hour > 15) {
                        continue;
                    }
                    List<String> chairs = clinic.rooms().get("INFUSION_CHAIR");
                    history.append(history.length() > 1 ? "," : "").append("{\"patientId\":\"").append(patient).append("\",\"providerId\":\"")
                            .append(clinic.providers().get("NURSE")).append("\",\"resourceId\":\"").append(chairs.get(hour % chairs.size()))
                            .append("\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"").append(d).append(String.format("T%02d:00", hour))
                            .append("\",\"planId\":\"").append(planId).append("\",\"status\":\"COMPLETED\"}");
                }
                post(http, app + "/api/scheduling/appointments/history", desk, history.append(']').toString());
                plan = get(http, app + "/api/plans/" + planId, md);
            }
            documentInfusions(http, app, realm, planId, md, made);
            plan = get(http, app + "/api/plans/" + planId, md);
            int baseline = Integer.parseInt(field(plan, "baselineNrs"));
            switch (kind) {
                case "MAINTENANCE", "COMPLETED" -> {
                    plan = post(http, app + "/api/plans/" + planId + "/review?version=" + field(plan, "version"), md,
                            "{\"currentNrs\":" + (baseline / 2) + ",\"decision\":\"MAINTENANCE\"}");
                    if ("COMPLETED".equals(kind)) {
                        postText(http, app + "/api/plans/" + planId + "/status/COMPLETE?version=" + field(plan, "version"), md,
                                "Goals met; the patient prefers to stop boosters and continue PT at home.");
                    } else {
                        bookProposal(http, app, desk, planId);
                    }
                }
                case "NON_RESPONDER" -> post(http, app + "/api/plans/" + planId + "/review?version=" + field(plan, "version"), md,
                        "{\"currentNrs\":" + Math.max(0, baseline - 1) + ",\"decision\":\"CONTINUE\",\"justification\":"
                                + "\"Partial response with better sleep; two more infusions at the same dose before deciding.\"}");
                case "ON_HOLD" -> postText(http, app + "/api/plans/" + planId + "/status/HOLD?version=" + field(plan, "version"), md,
                        "Patient travelling for three weeks; resume on return.");
                case "INDUCTION", "BOOKED", "ORAL" -> bookProposal(http, app, desk, planId);
                default -> { }
            }
        }
        return made;
    }

    /** The ketamine register: two lots received; the documented infusions draw from lot KA2291 (waste witnessed). */
    private static void register(HttpClient http, String app, String realm, List<String> ids) throws Exception {
        String nurse = "Bearer " + token(http, realm, "nurse");
        java.time.LocalDate today = java.time.LocalDate.now();
        String[][] lots = {{"Henry Schein", "HS-48213", "00409-2053-05", "Ketamine HCl injection 50 mg/mL", "50", "10", "KA2291", "8"},
                {"McKesson", "MK-77120", "00143-9508-10", "Ketamine HCl injection 100 mg/mL", "100", "5", "KB0457", "4"}};
        for (String[] l : lots) {
            post(http, app + "/api/register/receipts", nurse, "{\"supplier\":\"" + l[0] + "\",\"invoiceNumber\":\"" + l[1] + "\",\"invoiceDate\":\""
                    + today.minusDays(20) + "\",\"ndc\":\"" + l[2] + "\",\"product\":\"" + l[3] + "\",\"concentrationMgPerMl\":" + l[4]
                    + ",\"vialVolumeMl\":" + l[5] + ",\"singleDose\":true,\"lot\":\"" + l[6] + "\",\"expiresOn\":\"" + today.plusMonths(14)
                    + "\",\"vials\":" + l[7] + "}");
        }
        String vials = get(http, app + "/api/register/vials", nurse);
        Matcher v = Pattern.compile("\\{[^{}]*\"label\":\"KA2291-0(\\d)\"[^{}]*\\}").matcher(vials);
        while (v.find()) {
            VIALS.add(field(v.group(), "id"));
        }
        java.util.Collections.sort(VIALS, java.util.Comparator.comparing(id -> vials.indexOf(id)));
    }

    /** The 50 mg/mL single-dose vials of lot KA2291 (500 mg each) that the documented infusions draw from, in order. */
    private static final List<String> VIALS = new java.util.ArrayList<>();
    private static int drawnFromVials;

    /** The next vial with 50 mg left for a draw (each vial holds 500 mg: ten draws). */
    private static String nextVial() {
        int vial = drawnFromVials++ / 10;
        return vial < VIALS.size() ? VIALS.get(vial) : null;
    }

    /**
     * Documents the plan's completed infusions as signed, co-signed visits with realistic vitals; the second plan's
     * third infusion has a heart-rate alert episode.
     */
    private static void documentInfusions(HttpClient http, String app, String realm, String planId, String md, int planNumber) throws Exception {
        String nurse = "Bearer " + token(http, realm, "nurse");
        String view = get(http, app + "/api/plans/" + planId, md);
        Matcher session = Pattern.compile("\\{[^{}]*\"appointmentId\":\"([0-9a-f-]{36})\"[^{}]*\"status\":\"COMPLETED\"[^{}]*\\}").matcher(view);
        int n = 0;
        while (session.find()) {
            if (!session.group().contains("infusion")) {
                continue;
            }
            n++;
            int weight = 62 + (planNumber * 7) % 30;
            String during = n == 3 && planNumber == 2
                    ? "[[134,86,88,97,14,1,6],[138,88,124,96,15,2,5],[130,84,104,97,14,2,4],[126,82,92,98,14,1,4]]"
                    : "[[130,84,78,98,14,1,6],[132,85,80,97,14,2,5],[128,83,76,98,14,1,4],[126,82,74,98,14,1,4]]";
            post(http, app + "/api/visits/infusions/history", nurse, "{\"appointmentId\":\"" + session.group(1) + "\",\"weightKg\":" + weight
                    + ",\"concentrationMgPerMl\":1,\"escortName\":\"Alex (partner)\",\"escortPhone\":\"(555) 300-2000\","
                    + "\"baseline\":[128,82,72,98,14,0,7],\"readings\":" + during + ",\"post\":[126,80,74,98,14,0,4],"
                    + "\"administeredMg\":" + (weight / 2) + ",\"confirmer\":\"physician\",\"confirmerPassword\":\"demo\","
                    + "\"cosigner\":\"physician\",\"cosignerPassword\":\"demo\"" + draw(weight / 2) + "}");
        }
    }

    /** The register draw of a documented infusion: 50 mg (1 mL) drawn, the rest wasted and witnessed by the physician. */
    private static String draw(int administeredMg) {
        String vial = nextVial();
        if (vial == null) {
            return "";
        }
        return ",\"vialId\":\"" + vial + "\",\"drawnMg\":50,\"wastedMg\":" + (50 - administeredMg)
                + ",\"witness\":\"physician\",\"witnessPassword\":\"demo\"";
    }

    /**
     * A signed PT evaluation yesterday for each insured patient whose plan has physical therapy (Aetna, BCBS): 97162
     * plus timed codes, so billing has PT charges to claim (837P and CMS-1500) besides Medicare's infusions.
     */
    private static void therapyVisits(HttpClient http, String app, String realm, Clinic clinic, List<String> ids) throws Exception {
        String desk = "Bearer " + token(http, realm, "frontdesk");
        String pt = "Bearer " + token(http, realm, "therapist");
        String md = "Bearer " + token(http, realm, "physician");
        java.time.LocalDate day = java.time.LocalDate.now();
        for (int index : new int[]{1, 7, 13}) {
            if (index >= ids.size()) {
                continue;
            }
            // late afternoon on successive weekdays, after the day's infusions (which end by 16:00)
            day = weekdayOnOrBefore(day.minusDays(1));
            String plans = get(http, app + "/api/plans?patient=" + ids.get(index), md);
            String planId = field(plans, "id");
            String room = clinic.rooms().get("PT_ROOM").get(0);
            String booked = post(http, app + "/api/scheduling/appointments/history", desk, "[{\"patientId\":\"" + ids.get(index)
                    + "\",\"providerId\":\"" + clinic.providers().get("PHYSICAL_THERAPY") + "\",\"resourceId\":\"" + room
                    + "\",\"typeCode\":\"PT_EVALUATION\",\"startsAt\":\"" + day + "T16:00\",\"planId\":\""
                    + planId + "\",\"status\":\"COMPLETED\"}]");
            String visit = post(http, app + "/api/visits/therapy?appointment=" + field(booked, "id"), pt, "");
            visit = put(http, app + "/api/visits/therapy/" + field(visit, "id") + "/pt?version=" + field(visit, "version"), pt,
                    "{\"subjective\":\"Burning pain in the left hand, worse in the cold; sleeps 4 hours.\",\"objective\":\"Grip 12 kg left, 31 kg right;"
                            + " allodynia dorsum of the hand.\",\"assessment\":\"CRPS I with loss of hand function; good candidate for graded motor imagery.\","
                            + "\"plan\":\"Twice weekly for 4 weeks: desensitisation, mirror therapy, graded activity.\",\"goalProgress\":\"Baseline set.\","
                            + "\"evaluationCode\":\"97162\",\"unitRule\":\"AMA_RULE_OF_EIGHTS\",\"timedMinutes\":{\"97110\":23,\"97140\":10},"
                            + "\"nrsBefore\":7,\"nrsAfter\":6}");
            post(http, app + "/api/visits/therapy/" + field(visit, "id") + "/signature?version=" + field(visit, "version"), pt, "");
        }
    }

    /** A scanned ketamine informed consent on file (a minimal PDF stands in for the scan). */
    private static void consent(HttpClient http, String app, String desk, String patient) throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String q = "?type=KETAMINE_INFORMED&signedOn=" + java.time.LocalDate.now().minusDays(60) + "&signer=Patient&fileName=ketamine-consent.pdf";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/patients/" + patient + "/consents" + q))
                .header("Authorization", desk).header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            fail("recording a consent failed (" + r.statusCode() + "): " + r.body());
        }
    }

    /** Books whatever the plan's series proposal could place, from tomorrow 8:00. */
    private static void bookProposal(HttpClient http, String app, String desk, String planId) throws Exception {
        String rows = get(http, app + "/api/plans/" + planId + "/series?from=" + java.time.LocalDate.now().plusDays(1) + "T08:00", desk);
        StringBuilder series = new StringBuilder("[");
        Matcher m = Pattern.compile("\\{[^{}]*\"startsAt\":\"([^\"]+)\"[^{}]*\\}").matcher(rows);
        while (m.find()) {
            String row = m.group();
            series.append(series.length() > 1 ? "," : "").append("{\"providerId\":\"").append(field(row, "providerId"))
                    .append("\",\"resourceId\":\"").append(field(row, "resourceId")).append("\",\"typeCode\":\"").append(field(row, "typeCode"))
                    .append("\",\"startsAt\":\"").append(m.group(1)).append("\"}");
        }
        if (series.length() > 1) {
            post(http, app + "/api/plans/" + planId + "/series", desk, series.append(']').toString());
        }
    }

    private static java.time.LocalDate weekdayOnOrBefore(java.time.LocalDate day) {
        java.time.LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String get(HttpClient http, String url, String bearer) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            fail("GET " + url + " failed (" + r.statusCode() + "): " + r.body());
        }
        return r.body();
    }

    private static String put(HttpClient http, String url, String bearer, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            fail("PUT " + url + " failed (" + r.statusCode() + "): " + r.body());
        }
        return r.body();
    }

    private static String postText(HttpClient http, String url, String bearer, String text) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            fail("POST " + url + " failed (" + r.statusCode() + "): " + r.body());
        }
        return r.body();
    }

    private static String post(HttpClient http, String url, String bearer, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            fail("POST " + url + " failed (" + r.statusCode() + "): " + r.body());
        }
        return r.body();
    }

    private static String token(HttpClient http, String realm, String user) throws Exception {
        String form = "grant_type=password&client_id=clinic-tests&username=" + user + "&password=demo";
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            fail("could not sign in as " + user + " (" + token.statusCode() + "): " + token.body());
        }
        return field(token.body(), "access_token");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            fail("no '" + name + "' in " + json);
        }
        return m.group(1);
    }

    private static void fail(String message) {
        System.err.println("Demo data: " + message);
        System.exit(1);
    }

}
