package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Consents with scans: checked by content, shown as missing until on file, opened only by the right roles. */
class ConsentIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> upload(String user, String patientId, String type, byte[] body, String fileName) throws Exception {
        String q = "?type=" + type + "&signedOn=" + LocalDate.now() + "&signer=" + Suite.enc("Patient herself") + "&fileName=" + Suite.enc(fileName);
        return HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/api/patients/" + patientId + "/consents" + q))
                .header("Authorization", "Bearer " + Suite.token(user)).header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String newPatient() {
        return Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Tess", Suite.uniqueFamily("Consent"), "1988-08-18")).body())
                .get("id").asText();
    }

    @Test
    void aScanThatIsNotAPdfOrImage_isRefused_whateverItsName() throws Exception {
        String id = newPatient();
        HttpResponse<String> r = upload("frontdesk", id, "TREATMENT", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "consent.pdf");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Suite.json(r.body()).get("message").asText()).contains("Only PDF, PNG or JPEG");
        assertThat(Suite.json(Suite.get("frontdesk", "/api/patients/" + id + "/consents").body()).get("consents").size()).isZero();
    }

    @Test
    void consents_areMissingUntilOnFile_andTheChartSaysWhich() throws Exception {
        String id = newPatient();
        JsonNode before = Suite.json(Suite.get("frontdesk", "/api/patients/" + id + "/consents").body());
        assertThat(before.get("missing").size()).isEqualTo(3);
        assertThat(Suite.json(Suite.get("nurse", "/api/charts/" + id).body()).get("missingConsents").toString())
                .contains("Ketamine informed consent");

        HttpResponse<String> saved = upload("frontdesk", id, "KETAMINE_INFORMED", PDF, "ketamine-consent.pdf");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String consentId = Suite.json(saved.body()).get("id").asText();

        JsonNode after = Suite.json(Suite.get("frontdesk", "/api/patients/" + id + "/consents").body());
        assertThat(after.get("missing").toString()).doesNotContain("Ketamine informed consent");
        assertThat(Suite.json(Suite.get("physician", "/api/charts/" + id).body()).get("missingConsents").toString())
                .doesNotContain("Ketamine");

        HttpResponse<byte[]> doc = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/consents/document?id=" + consentId))
                .header("Authorization", "Bearer " + Suite.token("physician")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(doc.body()).isEqualTo(PDF);

        HttpResponse<byte[]> refused = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/consents/document?id=" + consentId))
                .header("Authorization", "Bearer " + Suite.token("billing")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void billingMayNotRecordOrListConsents() throws Exception {
        String id = newPatient();
        assertThat(upload("billing", id, "TREATMENT", PDF, "x.pdf").statusCode()).isEqualTo(403);
        assertThat(Suite.get("billing", "/api/patients/" + id + "/consents").statusCode()).isEqualTo(403);
    }
}
