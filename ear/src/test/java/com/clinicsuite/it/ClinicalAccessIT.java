package com.clinicsuite.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical part of the role matrix (docs/security.md), read endpoint by endpoint for each of the seven
 * demo roles. 200 = allowed, 403 = refused by the service.
 */
class ClinicalAccessIT {

    private static String patientId;

    @BeforeAll
    static void aPatient() {
        patientId = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Mae", Suite.uniqueFamily("Matrix"), "1961-11-01")).body()).get("id").asText();
    }

    @ParameterizedTest(name = "{0}: chart {1}, intake {2}, questionnaires {3}, notes {4}, diagnoses {5}, consents {6}, insurance {7}, record {8}")
    @CsvSource({
            "physician, 200, 200, 200, 200, 200, 200, 403, 200",
            "nurse,     200, 200, 200, 200, 200, 200, 403, 200",
            "therapist, 200, 200, 200, 200, 200, 200, 403, 200",
            "counselor, 200, 200, 200, 200, 200, 200, 403, 200",
            "frontdesk, 403, 403, 403, 403, 403, 200, 200, 200",
            "billing,   403, 403, 403, 403, 200, 403, 200, 200",
            "admin,     403, 403, 403, 403, 403, 403, 403, 403"})
    void eachRole_getsExactlyWhatTheMatrixSays(String user, int chart, int intake, int questionnaires, int notes, int diagnoses,
                                               int consents, int insurance, int record) {
        assertThat(Suite.get(user, "/api/charts/" + patientId).statusCode()).as("chart").isEqualTo(chart);
        assertThat(Suite.get(user, "/api/charts/" + patientId + "/intake").statusCode()).as("intake").isEqualTo(intake);
        assertThat(Suite.get(user, "/api/charts/" + patientId + "/questionnaires").statusCode()).as("questionnaires").isEqualTo(questionnaires);
        assertThat(Suite.get(user, "/api/charts/" + patientId + "/notes").statusCode()).as("notes").isEqualTo(notes);
        assertThat(Suite.get(user, "/api/charts/" + patientId + "/diagnoses").statusCode()).as("diagnoses").isEqualTo(diagnoses);
        assertThat(Suite.get(user, "/api/patients/" + patientId + "/consents").statusCode()).as("consents").isEqualTo(consents);
        assertThat(Suite.get(user, "/api/patients/" + patientId + "/insurance").statusCode()).as("insurance").isEqualTo(insurance);
        assertThat(Suite.get(user, "/api/patients/" + patientId).statusCode()).as("record").isEqualTo(record);
    }
}
