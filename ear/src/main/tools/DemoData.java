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
            new String[] {"William", "Lewis", "1952-05-05"});

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java DemoData.java APP_URL REALM_URL");
            System.exit(2);
        }
        String app = args[0];
        String realm = args[1];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String form = "grant_type=password&client_id=clinic-tests&username=frontdesk&password=demo&scope=openid";
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            fail("could not sign in as frontdesk (" + token.statusCode() + "): " + token.body());
        }
        String bearer = "Bearer " + field(token.body(), "access_token");

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
        System.out.println("Demo data: registered " + PATIENTS.size() + " patients.");
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
