package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The walking skeleton through REST, EJB, JPA and PostgreSQL, with real Keycloak tokens. */
class PatientApiIT {

    @Test
    void frontDeskRegisters_andPhysicianFindsThePatientByMrnAndName() {
        String family = Suite.uniqueFamily("Quinonez");
        HttpResponse<String> created = Suite.post("frontdesk", "/api/patients", Suite.patientJson("Ana", family, "1980-02-29"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode patient = Suite.json(created.body());
        String mrn = patient.get("mrn").asText();
        assertThat(mrn).matches("\\d{8}");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains(patient.get("id").asText()));

        JsonNode byMrn = Suite.json(Suite.get("physician", "/api/patients?q=" + mrn).body());
        assertThat(byMrn.get("total").asLong()).isEqualTo(1);
        assertThat(byMrn.get("rows").get(0).get("familyName").asText()).isEqualTo(family);

        // case- and accent-insensitive prefix of the family name
        JsonNode byName = Suite.json(Suite.get("physician", "/api/patients?q=" + Suite.enc("QUIÑON" + family.substring(6))).body());
        assertThat(byName.get("rows").findValuesAsText("mrn")).contains(mrn);
    }

    @Test
    void billingRegistering_isRefusedByTheServiceItself_andNothingIsSaved() throws SQLException {
        String family = Suite.uniqueFamily("Refused");
        HttpResponse<String> refused = Suite.post("billing", "/api/patients", Suite.patientJson("Bo", family, "1970-01-01"));

        // The REST resource has no role check of its own: this 403 comes from @RolesAllowed on the EJB.
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Suite.json(refused.body()).get("error").asText()).isEqualTo("forbidden");
        try (Connection c = Suite.database();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM patients.patient WHERE family_name = ?")) {
            ps.setString(1, family);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void billingMayListPatients_butAdminMayNot() {
        assertThat(Suite.get("billing", "/api/patients?limit=1").statusCode()).isEqualTo(200);
        assertThat(Suite.get("admin", "/api/patients?limit=1").statusCode()).isEqualTo(403);
    }

    @Test
    void requestsWithoutAToken_getUnauthorized() {
        assertThat(Suite.get(null, "/api/patients").statusCode()).isEqualTo(401);
    }

    @Test
    void invalidInput_isRefusedFieldByField() {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients", Suite.patientJson("", "Lee", "2999-01-01"));

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode fields = Suite.json(r.body()).get("fields");
        assertThat(fields.findValuesAsText("field")).containsExactly("birthDate", "givenName");
        assertThat(fields.findValuesAsText("message"))
                .containsExactly("Date of birth cannot be in the future.", "Given name is required.");
    }

    @Test
    void anUnreadableBody_getsBadRequestNamingTheField() {
        HttpResponse<String> r = Suite.post("frontdesk", "/api/patients", Suite.patientJson("A", "Lee", "31/12/1990"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Suite.json(r.body()).get("fields").findValuesAsText("field")).containsExactly("birthDate");
    }

    @Test
    void badPaging_getsBadRequest() {
        assertThat(Suite.get("frontdesk", "/api/patients?limit=100000").statusCode()).isEqualTo(400);
    }

    @Test
    void registration_livesInThePatientsSchema_andIsAudited() throws SQLException {
        String family = Suite.uniqueFamily("Audited");
        JsonNode patient = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Al", family, "1990-05-05")).body());
        UUID id = UUID.fromString(patient.get("id").asText());

        try (Connection c = Suite.database()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT created_by, version, search_family FROM patients.patient WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("frontdesk");
                    assertThat(rs.getLong(2)).isZero();
                    assertThat(rs.getString(3)).isEqualTo(family.toLowerCase() + " al");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT actor, detail, origin FROM audit.audit_event WHERE patient_id = ? AND action = 'patient.register'")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("frontdesk");
                    assertThat(rs.getString(2)).isEqualTo("MRN " + patient.get("mrn").asText());
                    assertThat(rs.getString(3)).isNotBlank();
                }
            }
        }
    }

    @Test
    void theAuditTrail_refusesUpdatesAndDeletes() throws SQLException {
        Suite.get("physician", "/api/patients?limit=1");
        try (Connection c = Suite.database()) {
            // the application's user has no UPDATE or DELETE privilege on the audit tables at all
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE audit.audit_event SET actor = 'mallory'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit.audit_event"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit.audit_link"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = Suite.superuser()) {
            // and even a superuser meets the append-only trigger
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE audit.audit_event SET actor = 'mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit.audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void flyway_ownsEachSchemaWithItsOwnHistory() throws SQLException {
        try (Connection c = Suite.database();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_schema FROM information_schema.tables WHERE table_name = 'flyway_schema_history' ORDER BY 1")) {
            java.util.List<String> schemas = new java.util.ArrayList<>();
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
            assertThat(schemas).containsExactly("audit", "billing", "patients", "pharmacy", "scheduling", "treatment");
        }
    }
}
