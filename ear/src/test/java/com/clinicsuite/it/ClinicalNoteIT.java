package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notes are signed and locked, amended with a reason, and psychotherapy notes stay with their author. */
class ClinicalNoteIT {

    private static String newPatient() {
        return Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Nell", Suite.uniqueFamily("Notes"), "1966-06-16")).body())
                .get("id").asText();
    }

    @Test
    void aSignedNote_isLocked_andAnAmendmentKeepsBothVersions() throws Exception {
        String id = newPatient();
        JsonNode draft = Suite.json(Suite.post("nurse", "/api/charts/" + id + "/notes",
                "{\"kind\":\"PROGRESS\",\"text\":\"Infusion tolerated. BP 150/90 at 30 min.\"}").body());
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        String noteId = draft.get("id").asText();

        JsonNode signed = Suite.json(Suite.post("nurse", "/api/notes/" + noteId + "/signature?version=" + draft.get("version").asLong(), "").body());
        assertThat(signed.get("status").asText()).isEqualTo("SIGNED");

        HttpResponse<String> notAuthor = Suite.post("physician", "/api/notes/" + noteId + "/amendment?version=" + signed.get("version").asLong(),
                "{\"text\":\"x\",\"reason\":\"not mine\"}");
        assertThat(notAuthor.statusCode()).isEqualTo(422);

        HttpResponse<String> noReason = Suite.post("nurse", "/api/notes/" + noteId + "/amendment?version=" + signed.get("version").asLong(),
                "{\"text\":\"Infusion tolerated. BP 130/85 at 30 min.\",\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);

        JsonNode amended = Suite.json(Suite.post("nurse", "/api/notes/" + noteId + "/amendment?version=" + signed.get("version").asLong(),
                "{\"text\":\"Infusion tolerated. BP 130/85 at 30 min.\",\"reason\":\"Transcription error\"}").body());
        assertThat(amended.get("amends").asText()).isEqualTo(noteId);

        JsonNode list = Suite.json(Suite.get("physician", "/api/charts/" + id + "/notes").body());
        assertThat(list.findValuesAsText("status")).containsExactlyInAnyOrder("SIGNED", "AMENDED");
        assertThat(list.findValuesAsText("text")).contains("Infusion tolerated. BP 150/90 at 30 min.", "Infusion tolerated. BP 130/85 at 30 min.");

        // and the database itself refuses to change a signed note or delete one
        try (Connection c = Suite.database()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "UPDATE patients.clinical_note SET text = 'tampered' WHERE id = '" + UUID.fromString(noteId) + "'"))
                    .hasMessageContaining("locked");
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "DELETE FROM patients.clinical_note WHERE id = '" + UUID.fromString(noteId) + "'"))
                    .hasMessageContaining("never deleted");
        }
    }

    @Test
    void psychotherapyNotes_areReadableByTheirAuthorOnly_andWrittenByCounselorsOnly() {
        String id = newPatient();
        assertThat(Suite.post("counselor", "/api/charts/" + id + "/notes",
                "{\"kind\":\"PSYCHOTHERAPY\",\"text\":\"Session: processed grief related to injury.\"}").statusCode()).isEqualTo(200);
        assertThat(Suite.post("counselor", "/api/charts/" + id + "/notes",
                "{\"kind\":\"PROGRESS\",\"text\":\"Attended session, engaged.\"}").statusCode()).isEqualTo(200);

        assertThat(Suite.json(Suite.get("counselor", "/api/charts/" + id + "/notes").body()).findValuesAsText("kind"))
                .containsExactlyInAnyOrder("PSYCHOTHERAPY", "PROGRESS");
        JsonNode physicianSees = Suite.json(Suite.get("physician", "/api/charts/" + id + "/notes").body());
        assertThat(physicianSees.findValuesAsText("kind")).containsExactly("PROGRESS");
        assertThat(physicianSees.toString()).doesNotContain("grief");

        HttpResponse<String> physicianWrites = Suite.post("physician", "/api/charts/" + id + "/notes",
                "{\"kind\":\"PSYCHOTHERAPY\",\"text\":\"x\"}");
        assertThat(physicianWrites.statusCode()).isEqualTo(422);
    }

    @Test
    void frontDeskAndBilling_cannotReadNotes() {
        String id = newPatient();
        assertThat(Suite.get("frontdesk", "/api/charts/" + id + "/notes").statusCode()).isEqualTo(403);
        assertThat(Suite.get("billing", "/api/charts/" + id + "/notes").statusCode()).isEqualTo(403);
        assertThat(Suite.get("admin", "/api/charts/" + id + "/notes").statusCode()).isEqualTo(403);
    }
}
