package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail: one entry per read, a hash chain that detects tampering, and the admin's "who viewed" report. */
class AuditIT {

    /** Entries of this action by this user, whatever the patient. */
    static long countActions(String actor, String action) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.audit_event WHERE actor = ? AND action = ?")) {
            ps.setString(1, actor);
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long count(String actor, String patientId, String action) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.audit_event WHERE actor = ? AND patient_id = ? AND action = ?")) {
            ps.setString(1, actor);
            ps.setObject(2, UUID.fromString(patientId));
            ps.setString(3, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The details of this user's entries of this action for the patient, oldest first. */
    static java.util.List<String> details(String actor, String patientId, String action) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT detail FROM audit.audit_event WHERE actor = ? AND patient_id = ? AND action = ? ORDER BY id")) {
            ps.setString(1, actor);
            ps.setObject(2, UUID.fromString(patientId));
            ps.setString(3, action);
            java.util.List<String> details = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            return details;
        }
    }

    static long denials(String actor) throws Exception {
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.audit_event WHERE actor = ? AND action = 'access.denied'")) {
            ps.setString(1, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void everyReadOfARecord_writesExactlyOneAuditEntry() throws Exception {
        String patient = PlanIT.patient();
        long before = count("nurse", patient, "patient.open");
        for (int i = 0; i < 7; i++) {
            assertThat(Suite.get("nurse", "/api/patients/" + patient).statusCode()).isEqualTo(200);
        }
        assertThat(count("nurse", patient, "patient.open") - before).isEqualTo(7);
        // a refused read is not a read of patient data, but the denial itself is audited
        long denials = denials("admin");
        assertThat(Suite.get("admin", "/api/patients/" + patient).statusCode()).isEqualTo(403);
        assertThat(count("admin", patient, "patient.open")).isZero();
        assertThat(denials("admin") - denials).isEqualTo(1);
    }

    @Test
    void theHashChain_detectsAnAlteredRowAndADeletedRow_andVerifiesAgainOnceRestored() throws Exception {
        String patient = PlanIT.patient();
        Suite.get("nurse", "/api/patients/" + patient);
        Suite.get("physician", "/api/patients/" + patient);
        Thread.sleep(2500); // rows are sealed once they are a few seconds old
        JsonNode first = Suite.json(Suite.get("admin", "/api/audit/verification").body());
        assertThat(first.get("problems").size()).as(first.toString()).isZero();
        assertThat(Suite.get("nurse", "/api/audit/verification").statusCode()).isEqualTo(403);

        try (Connection c = Suite.superuser(); Statement s = c.createStatement()) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT e.id FROM audit.audit_event e JOIN audit.audit_link l ON l.event_id = e.id"
                    + " WHERE e.patient_id = '" + patient + "' ORDER BY e.id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
            long altered = ids.get(0);
            long deleted = ids.get(1);
            String originalActor;
            try (ResultSet rs = s.executeQuery("SELECT actor FROM audit.audit_event WHERE id = " + altered)) {
                rs.next();
                originalActor = rs.getString(1);
            }
            String[] saved;
            try (ResultSet rs = s.executeQuery("SELECT occurred_at, actor, action, patient_id, detail, origin, role, outcome, request_id"
                    + " FROM audit.audit_event WHERE id = " + deleted)) {
                rs.next();
                saved = new String[9];
                for (int i = 0; i < saved.length; i++) {
                    saved[i] = rs.getString(i + 1);
                }
            }
            s.execute("ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_append_only");
            try {
                s.executeUpdate("UPDATE audit.audit_event SET actor = 'someone-else' WHERE id = " + altered);
                s.executeUpdate("DELETE FROM audit.audit_event WHERE id = " + deleted);
                JsonNode broken = Suite.json(Suite.get("admin", "/api/audit/verification").body());
                assertThat(broken.get("problems").findValuesAsText("problem")).contains("audit row altered", "audit row deleted");
                assertThat(broken.get("problems").findValuesAsText("eventId")).contains(Long.toString(altered), Long.toString(deleted));
            } finally {
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit.audit_event SET actor = ? WHERE id = ?")) {
                    ps.setString(1, originalActor);
                    ps.setLong(2, altered);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit.audit_event (id, occurred_at, actor, action, patient_id, detail, origin,"
                        + " role, outcome, request_id) OVERRIDING SYSTEM VALUE VALUES (?, ?::timestamptz, ?, ?, ?::uuid, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, deleted);
                    for (int i = 0; i < saved.length; i++) {
                        ps.setString(i + 2, saved[i]);
                    }
                    ps.executeUpdate();
                }
                s.execute("ALTER TABLE audit.audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
        JsonNode again = Suite.json(Suite.get("admin", "/api/audit/verification").body());
        assertThat(again.get("problems").size()).as(again.toString()).isZero();
    }

    @Test
    void anAdministrator_seesWhoViewedARecord_inTheAuditViewer() {
        JsonNode created = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Wendy", Suite.uniqueFamily("Audit"), "1970-10-10")).body());
        String patient = created.get("id").asText();
        Suite.get("nurse", "/api/patients/" + patient);
        Suite.get("therapist", "/api/patients/" + patient);
        try (Browser b = new Browser().signIn("admin")) {
            b.driver.findElement(By.id("menu-audit")).click();
            b.visible(By.id("auditForm:mrn")).sendKeys(created.get("mrn").asText());
            b.driver.findElement(By.id("auditForm:whoViewed")).click();
            b.waitForText(By.id("auditForm:viewers"), "therapist");
            assertThat(b.text(By.id("auditForm:viewers"))).contains("nurse", "frontdesk", "patient.open");
            assertThat(b.text(By.id("who-viewed-title"))).contains("Wendy");
            b.screenshot("admin-who-viewed");
            b.driver.findElement(By.id("auditForm:verify")).click();
            b.waitForText(By.id("messages"), "The audit chain is intact");
            b.driver.findElement(By.id("auditForm:search")).click();
            b.waitForText(By.id("audit-count"), "entries");
            b.screenshot("admin-audit");
        }
    }
}
