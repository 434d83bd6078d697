package com.clinicsuite.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix, proven request by request. Every page (*.xhtml), servlet and REST endpoint is discovered from the
 * source; each must have a row in the matrix of {@code docs/security.md}, and each row is requested as each of the 7
 * demo roles: ✔ must not be refused (no 401/403, no server error), ✘ must be refused with 403. A new page or endpoint
 * fails this test until the matrix says who may use it; a missing {@code @RolesAllowed} lets a ✘ role through and
 * fails it too. With {@code -Dclinic.matrix.record=FILE} the observed matrix is written there (to review, not to copy
 * blindly).
 */
class RoleMatrixIT {

    static final List<String> ROLES = List.of("physician", "nurse", "physical-therapist", "counselor", "front-desk", "billing", "admin");
    static final Map<String, String> USERS = Map.of("physician", "physician", "nurse", "nurse", "physical-therapist", "therapist",
            "counselor", "counselor", "front-desk", "frontdesk", "billing", "billing", "admin", "admin");
    static final String ZERO = "00000000-0000-0000-0000-000000000000";
    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path SECURITY_MD = ROOT.resolve("docs/security.md");

    /** A request to try: method, path template, the concrete URL, and the body's media type (null: no body). */
    record Endpoint(String method, String template, String url, String bodyType) {
        String key() {
            return method + " " + template;
        }
    }

    @Test
    void everyPageAndEndpoint_isInTheMatrix_andAnswersEachRoleAsTheMatrixSays() throws Exception {
        Map<String, Endpoint> discovered = discover();
        String record = System.getProperty("clinic.matrix.record");
        Map<String, Map<String, Boolean>> matrix = record == null ? matrix() : Map.of();
        if (record == null) {
            TreeSet<String> missing = new TreeSet<>(discovered.keySet());
            missing.removeAll(matrix.keySet());
            TreeSet<String> stale = new TreeSet<>(matrix.keySet());
            stale.removeAll(discovered.keySet());
            assertThat(missing).as("pages and endpoints with no row in the matrix of docs/security.md").isEmpty();
            assertThat(stale).as("matrix rows of docs/security.md that match no page or endpoint").isEmpty();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> differences = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        List<Endpoint> order = new ArrayList<>(discovered.values());
        order.sort(java.util.Comparator.comparing((Endpoint e) -> e.template().equals("/logout")));  // it ends sessions: last
        for (Endpoint e : order) {
            StringBuilder row = new StringBuilder("| `" + e.key() + "` |");
            for (String role : ROLES) {
                int status = send(http, e, USERS.get(role));
                boolean allowed = status != 401 && status != 403;
                row.append(allowed ? (status >= 500 ? " ✔ (" + status + ") |" : " ✔ |") : " ✘ |");
                Boolean expected = matrix.containsKey(e.key()) ? matrix.get(e.key()).get(role) : null;
                if (expected == null) {
                    continue;
                }
                if (expected && (!allowed || status >= 500)) {
                    differences.add(e.key() + " as " + role + ": expected allowed, got " + status);
                } else if (!expected && status != 403) {
                    differences.add(e.key() + " as " + role + ": expected 403, got " + status);
                }
            }
            observed.append(row).append('\n');
        }
        if (record != null) {
            Files.writeString(Path.of(record), observed.toString());
            return;
        }
        assertThat(differences).as("requests that differ from the matrix in docs/security.md").isEmpty();
    }

    /**
     * Inputs that pass the resource's own checks, so the request reaches the service and its role check (a resource
     * that refuses malformed input with 400 would otherwise hide whether the service refuses the role).
     */
    static final Map<String, String[]> INPUTS = Map.ofEntries(
            Map.entry("POST /api/plans/{id}/status/{change}", new String[]{"/api/plans/" + ZERO + "/status/HOLD?version=0", "text/plain", "on hold"}),
            Map.entry("GET /api/plans/{id}/series", new String[]{"/api/plans/" + ZERO + "/series", null, null}),
            Map.entry("PUT /api/plans/{id}/indications", new String[]{null, "application/json", "[]"}),
            Map.entry("POST /api/plans/{id}/series", new String[]{null, "application/json", "[]"}),
            Map.entry("POST /api/scheduling/appointments/history", new String[]{null, "application/json", "[]"}),
            Map.entry("POST /api/charts/{id}/intake/history", new String[]{null, "application/json", "[]"}),
            Map.entry("POST /api/patients/{id}/consents", new String[]{"/api/patients/" + ZERO + "/consents?type=KETAMINE_INFORMED&signedOn=" + LocalDate.now()
                    + "&signer=Pat&fileName=consent.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"}),
            Map.entry("POST /api/register/entries/{id}/corrections", new String[]{null, "application/json", "{\"changeMg\":1,\"reason\":\"matrix check\"}"}),
            Map.entry("POST /api/register/removals", new String[]{null, "application/json", "{\"vialId\":\"" + ZERO + "\",\"kind\":\"LOSS\",\"mg\":1}"}),
            Map.entry("POST /api/scheduling/appointments/{id}/reschedule", new String[]{null, "application/json", "{\"startsAt\":\"2030-01-07T10:00\"}"}),
            Map.entry("POST /api/audit/emergency-access/{grant}/review", new String[]{"/api/audit/emergency-access/" + ZERO + "/review?version=0",
                    "application/json", "{\"note\":\"matrix check\"}"}),
            Map.entry("POST /api/charts/{id}/emergency-access", new String[]{null, "application/json", "{\"reason\":\"matrix check of the route\"}"}),
            Map.entry("PUT /api/settings/emergency-access", new String[]{null, "application/json", "{\"minutes\":60}"}),
            Map.entry("POST /api/billing/claims/{id}/acceptance", new String[]{"/api/billing/claims/" + ZERO + "/acceptance?version=0", "application/json", "{}"}),
            Map.entry("POST /api/billing/claims/{id}/denial", new String[]{"/api/billing/claims/" + ZERO + "/denial?version=0", "application/json", "{}"}),
            Map.entry("POST /api/billing/claims/{id}/replacement", new String[]{"/api/billing/claims/" + ZERO + "/replacement?version=0", null, null}),
            Map.entry("POST /api/billing/charges/{id}/void", new String[]{"/api/billing/charges/" + ZERO + "/void?version=0", "text/plain", "matrix check"}),
            Map.entry("PUT /api/settings/clinic", new String[]{"/api/settings/clinic?version=0", "application/json", "{}"}),
            Map.entry("POST /api/billing/claims/{id}/void", new String[]{"/api/billing/claims/" + ZERO + "/void?version=0", null, null}));

    private static int send(HttpClient http, Endpoint e, String user) throws IOException, InterruptedException {
        String[] input = INPUTS.get(e.key());
        if (input != null) {
            e = new Endpoint(e.method(), e.template(), input[0] == null ? e.url() : input[0], input[1] == null ? e.bodyType() : input[1]);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Suite.APP + e.url())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Suite.token(user)).header("Accept", "application/json, text/html, */*");
        if (e.bodyType() == null) {
            b.method(e.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String body = input != null && input[2] != null ? input[2] : e.bodyType().startsWith("text/plain") ? "x" : "{}";
            b.header("Content-Type", e.bodyType()).method(e.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The matrix table of docs/security.md between its markers: request → role → allowed. */
    static Map<String, Map<String, Boolean>> matrix() throws IOException {
        String md = Files.readString(SECURITY_MD);
        int start = md.indexOf("<!-- matrix:start -->");
        int end = md.indexOf("<!-- matrix:end -->");
        assertThat(start).as("docs/security.md has a <!-- matrix:start --> … <!-- matrix:end --> table").isPositive();
        Map<String, Map<String, Boolean>> rows = new TreeMap<>();
        for (String line : md.substring(start, end).split("\n")) {
            Matcher m = Pattern.compile("^\\| `([A-Z]+ [^`]+)` \\|(.*)\\|\\s*$").matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(2).split("\\|");
            assertThat(cells).as("row " + m.group(1) + " has a cell per role").hasSize(ROLES.size());
            Map<String, Boolean> byRole = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                byRole.put(ROLES.get(i), cells[i].strip().startsWith("✔"));
            }
            rows.put(m.group(1), byRole);
        }
        return rows;
    }

    /** Every page, servlet and REST endpoint in the web module's source. */
    static Map<String, Endpoint> discover() throws IOException {
        Map<String, Endpoint> found = new TreeMap<>();
        Path webapp = ROOT.resolve("web/src/main/webapp");
        try (Stream<Path> pages = Files.walk(webapp)) {
            pages.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF")).forEach(p -> {
                String path = "/" + webapp.relativize(p).toString().replace('\\', '/');
                found.put("GET " + path, new Endpoint("GET", path, path, null));
            });
        }
        Path java = ROOT.resolve("web/src/main/java");
        Map<String, String> servletQueries = Map.of("/billing/document", "?kind=invoice&id=" + ZERO, "/consents/document", "?id=" + ZERO,
                "/register/report", "?vial=" + ZERO);
        try (Stream<Path> sources = Files.walk(java)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(source);
                Matcher servlet = Pattern.compile("@WebServlet\\(\"([^\"]+)\"\\)").matcher(s);
                if (servlet.find()) {
                    String path = servlet.group(1);
                    found.put("GET " + path, new Endpoint("GET", path, path + servletQueries.getOrDefault(path, ""), null));
                }
                if (source.getParent().endsWith("rest")) {
                    resources(s, found);
                }
            }
        }
        return found;
    }

    private static void resources(String s, Map<String, Endpoint> found) {
        Matcher type = Pattern.compile("@Path\\(\"([^\"]*)\"\\)\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public class").matcher(s);
        if (!type.find()) {
            return;
        }
        String base = "/api" + type.group(1);
        Matcher verb = Pattern.compile("@(?:jakarta\\.ws\\.rs\\.)?(GET|POST|PUT|DELETE)\\b").matcher(s);
        while (verb.find()) {
            int publicAt = s.indexOf("public ", verb.end());
            String annotations = s.substring(verb.end(), publicAt);
            Matcher sub = Pattern.compile("@(?:jakarta\\.ws\\.rs\\.)?Path\\(\"([^\"]*)\"\\)").matcher(annotations);
            String template = base + (sub.find() ? (sub.group(1).startsWith("/") ? sub.group(1) : "/" + sub.group(1)) : "");
            int open = s.indexOf('(', publicAt);
            int depth = 0;
            int close = open;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    close = i;
                    break;
                }
            }
            String params = s.substring(open + 1, close);
            String url = template;
            Matcher path = Pattern.compile("@PathParam\\(\"(\\w+)\"\\)\\s+([\\w.]+)").matcher(params);
            while (path.find()) {
                String value = path.group(2).equals("UUID") ? ZERO : path.group(2).equals("long") || path.group(2).equals("Long") ? "1" : "X1";
                url = url.replace("{" + path.group(1) + "}", value);
            }
            url = url.replaceAll("\\{\\w+}", ZERO);  // path parameters bound to fields are ids
            List<String> query = new ArrayList<>();
            Matcher q = Pattern.compile("@QueryParam\\(\"(\\w+)\"\\)\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*([\\w.]+)").matcher(params);
            while (q.find()) {
                String name = q.group(1);
                if (q.group(2).equals("UUID")) {
                    query.add(name + "=" + ZERO);
                } else if (name.equals("version")) {
                    query.add("version=0");
                } else if (List.of("day", "from", "to", "asOf", "firstService", "signedOn").contains(name)) {
                    query.add(name + "=" + LocalDate.now());
                }
            }
            if (!query.isEmpty()) {
                url += "?" + String.join("&", query);
            }
            String method = verb.group(1);
            String body = method.equals("POST") || method.equals("PUT")
                    ? (annotations.contains("TEXT_PLAIN") ? "text/plain" : "application/json") : null;
            found.put(method + " " + template, new Endpoint(method, template, url, body));
        }
    }
}
