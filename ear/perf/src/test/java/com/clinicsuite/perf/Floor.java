package com.clinicsuite.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The raw-SQL floor: the statements the application runs for a search and a chart, timed on PostgreSQL alone over
 * JDBC (one user, prepared statements, results read), so the report can give app ÷ raw for each.
 */
final class Floor {

    private static final String NAME_COLUMNS = "id, mrn, family_name, given_name, birth_date, phone, active, search_family";
    private static final String COLUMNS = "SELECT p.id, p.mrn, p.family_name, p.given_name, p.birth_date, p.phone, p.active FROM patients.patient p";

    private Floor() {
    }

    /** The audit row every read of patient data writes (AuditTrail), with the same columns. */
    static final String AUDIT_INSERT = "INSERT INTO audit.audit_event (actor, action, patient_id, detail, origin, role, outcome, request_id, occurred_at)"
            + " VALUES ('bench.floor', 'patient.list', NULL, ?, '127.0.0.1', 'front-desk', NULL, NULL, clock_timestamp())";

    /**
     * Times the search's statements for each input: the page of 25 and the count (floor-search.txt), and the same with
     * the audit row and its commit, the three statements the application runs per search (floor-search-audited.txt).
     */
    static void search(List<Map<String, Object>> terms) {
        search(terms, false);
        search(terms, true);
    }

    private static void search(List<Map<String, Object>> terms, boolean audited) {
        long[] nanos = new long[terms.size()];
        try (Connection c = Bench.connect()) {
            c.setAutoCommit(!audited);
            for (int round = 0; round < 2; round++) { // the first round warms the caches and plans
                for (int i = 0; i < terms.size(); i++) {
                    String kind = (String) terms.get(i).get("kind");
                    String term = (String) terms.get(i).get("term");
                    boolean name = "name prefix".equals(kind);
                    String where = switch (kind) {
                        case "MRN" -> " WHERE p.mrn = ?";
                        case "date of birth" -> " WHERE p.birth_date = ?";
                        case "phone" -> " WHERE p.phone = ?";
                        default -> "";
                    };
                    // the statements JpaPatientListQuery runs: a name prefix is two limited index ranges and a capped count
                    String pageSql = name ? "SELECT id, mrn, family_name, given_name, birth_date, phone, active FROM ("
                            + "(SELECT " + NAME_COLUMNS + " FROM patients.patient WHERE search_family LIKE ? ESCAPE '\\' ORDER BY search_family, id LIMIT 25)"
                            + " UNION (SELECT " + NAME_COLUMNS + " FROM patients.patient WHERE search_given LIKE ? ESCAPE '\\' ORDER BY search_family, id LIMIT 25)"
                            + ") m ORDER BY search_family, id OFFSET 0 LIMIT 25" : COLUMNS + where + " ORDER BY p.search_family, p.id LIMIT 25";
                    String countSql = name ? "SELECT count(*) FROM ((SELECT id FROM patients.patient WHERE search_family LIKE ? ESCAPE '\\' LIMIT 1001)"
                            + " UNION (SELECT id FROM patients.patient WHERE search_given LIKE ? ESCAPE '\\' LIMIT 1001)) m"
                            : "SELECT count(*) FROM patients.patient p" + where;
                    long start = System.nanoTime();
                    try (PreparedStatement page = c.prepareStatement(pageSql);
                         PreparedStatement count = c.prepareStatement(countSql)) {
                        bind(page, kind, term);
                        bind(count, kind, term);
                        drain(page);
                        drain(count);
                        if (audited) {
                            audit(c, term);
                            c.commit();
                        }
                    }
                    nanos[i] = System.nanoTime() - start;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The floor could not run: " + e.getMessage(), e);
        }
        report(audited ? "search-audited" : "search", nanos);
    }

    /** Times one audit row and its commit alone (the audit trail's cost per page view); writes target/floor-audit.txt. */
    static void audit(int runs) {
        long[] nanos = new long[runs];
        try (Connection c = Bench.connect()) {
            c.setAutoCommit(false);
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    audit(c, "floor " + i);
                    c.commit();
                    nanos[i] = System.nanoTime() - start;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The floor could not run: " + e.getMessage(), e);
        }
        report("audit", nanos);
    }

    private static void audit(Connection c, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AUDIT_INSERT)) {
            ps.setString(1, detail);
            ps.executeUpdate();
        }
    }

    /** Times the chart page's statements for one patient, 200 times, in one transaction each; writes target/floor-chart.txt. */
    static void chart(String patientId) {
        // the ten statements the chart page runs (StatementCountIT), the audit row last
        String[] statements = {
                "SELECT p.*, i.*, s.*, a.* FROM patients.patient p LEFT JOIN patients.intake i ON i.patient_id = p.id"
                        + " LEFT JOIN patients.intake_contraindication s ON s.intake_id = i.id LEFT JOIN patients.intake_allergy a ON a.intake_id = i.id"
                        + " WHERE p.id = ?::uuid",
                "SELECT k_clinician_id, pt_clinician_id, c_clinician_id, created_by FROM treatment.treatment_plan WHERE patient_id = ?::uuid",
                "SELECT * FROM patients.clinical_alert WHERE patient_id = ?::uuid ORDER BY raised_at DESC",
                "SELECT * FROM patients.consent WHERE patient_id = ?::uuid",
                "SELECT * FROM patients.questionnaire_response WHERE patient_id = ?::uuid ORDER BY taken_on, recorded_at",
                "SELECT * FROM patients.mme_snapshot WHERE patient_id = ?::uuid ORDER BY recorded_at",
                "SELECT * FROM treatment.treatment_plan WHERE patient_id = ?::uuid ORDER BY created_at DESC",
                "SELECT a.*, p.display_name, r.name, t.label FROM scheduling.appointment a LEFT JOIN scheduling.provider p ON p.id = a.provider_id"
                        + " LEFT JOIN scheduling.resource r ON r.id = a.resource_id LEFT JOIN scheduling.appointment_type t ON t.code = a.type_code"
                        + " WHERE a.patient_id = ?::uuid ORDER BY a.starts_at DESC",
                "SELECT * FROM billing.patient_package WHERE patient_id = ?::uuid"};
        long[] nanos = new long[200];
        try (Connection c = Bench.connect()) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    c.setAutoCommit(false);
                    for (String sql : statements) {
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            ps.setString(1, patientId);
                            drain(ps);
                        } catch (SQLException missingTable) {
                            throw new IllegalStateException(sql + ": " + missingTable.getMessage(), missingTable);
                        }
                    }
                    audit(c, "chart floor");
                    c.commit();
                    nanos[i] = System.nanoTime() - start;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The floor could not run: " + e.getMessage(), e);
        }
        report("chart", nanos);
    }

    private static void bind(PreparedStatement ps, String kind, String term) throws SQLException {
        switch (kind) {
            case "date of birth" -> ps.setObject(1, LocalDate.parse(term));
            case "MRN", "phone" -> ps.setString(1, term);
            default -> {
                ps.setString(1, term + "%");
                ps.setString(2, term + "%");
            }
        }
    }

    private static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static void report(String what, long[] nanos) {
        Map<String, Double> p = Bench.percentiles(nanos);
        String line = String.format("floor %s (raw SQL over JDBC, 1 user, %d runs): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", what, nanos.length,
                p.get("p50"), p.get("p95"), p.get("p99"));
        System.out.println(line);
        try {
            Files.createDirectories(Bench.OUT);
            Files.writeString(Bench.OUT.resolve("floor-" + what + ".txt"), line + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
