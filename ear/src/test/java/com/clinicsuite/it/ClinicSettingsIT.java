package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The clinic's settings: name and time zone (applied to appointment times), and the logo on pages and documents. */
class ClinicSettingsIT {

    @Test
    void theTimeZone_decidesWhatALocalAppointmentTimeMeans_andBadInputIsRefusedByField() throws Exception {
        JsonNode before = Suite.json(Suite.get("nurse", "/api/settings/clinic").body());
        String originalZone = before.get("timeZone").asText();
        String otherZone = "Asia/Tokyo".equals(originalZone) ? "America/Chicago" : "Asia/Tokyo";
        assertThat(Suite.put("nurse", "/api/settings/clinic?version=" + before.get("version").asLong(),
                "{\"name\":\"x\",\"timeZone\":\"UTC\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> badZone = Suite.put("admin", "/api/settings/clinic?version=" + before.get("version").asLong(),
                "{\"name\":\"Lakeside Pain Clinic\",\"timeZone\":\"Mars/Olympus\"}");
        assertThat(badZone.statusCode()).isEqualTo(422);
        assertThat(badZone.body()).contains("\"field\":\"timeZone\"");
        assertThat(Suite.put("admin", "/api/settings/clinic?version=" + before.get("version").asLong(), "{\"name\":\" \",\"timeZone\":\"UTC\"}").body())
                .contains("\"field\":\"name\"");

        String s = UUID.randomUUID().toString().substring(0, 8);
        String provider = PlanIT.provider("tz-" + s, "Nurse Zone " + s, "NURSE");
        String chair = PlanIT.resource("Zone chair " + s, "INFUSION_CHAIR");
        LocalDate day = LocalDate.now().plusYears(5).plusDays((long) (Math.random() * 200));
        Instant first = bookAt(PlanIT.patient(), provider, chair, day + "T10:00");
        assertThat(first).isEqualTo(day.atTime(10, 0).atZone(ZoneId.of(originalZone)).toInstant());

        JsonNode changed = PlanIT.ok(Suite.put("admin", "/api/settings/clinic?version=" + before.get("version").asLong(),
                "{\"name\":\"Lakeside Pain Clinic\",\"timeZone\":\"" + otherZone + "\"}"));
        try {
            assertThat(changed.get("timeZone").asText()).isEqualTo(otherZone);
            assertThat(Suite.json(Suite.get("frontdesk", "/api/settings/clinic").body()).get("name").asText()).isEqualTo("Lakeside Pain Clinic");
            // 10:00 the next day is now 10:00 in the new zone
            Instant second = bookAt(PlanIT.patient(), provider, chair, day.plusDays(1) + "T10:00");
            assertThat(second).isEqualTo(day.plusDays(1).atTime(10, 0).atZone(ZoneId.of(otherZone)).toInstant());
            assertThat(Duration.between(first, second)).isNotEqualTo(Duration.ofDays(1));
        } finally {
            PlanIT.ok(Suite.put("admin", "/api/settings/clinic?version=" + changed.get("version").asLong(),
                    "{\"name\":\"" + before.get("name").asText() + "\",\"timeZone\":\"" + originalZone + "\"}"));
        }
        assertThat(AuditIT.countActions("admin", "settings.clinic")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAdministratorUploadsALogo_thatTheTopBarAndTheDocumentsShow_andAFakeImageIsRefused() throws Exception {
        Path png = Files.createTempFile("logo", ".png");
        Path fake = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 100, 20);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        Files.writeString(fake, "<script>alert(1)</script>");
        try (Browser b = new Browser().signIn("admin")) {
            b.driver.findElement(By.id("menu-clinic")).click();
            b.visible(By.id("clinicForm:name"));
            b.driver.findElement(By.cssSelector("#logoForm input[type='file']")).sendKeys(fake.toAbsolutePath().toString());
            b.driver.findElement(By.id("logoForm:uploadLogo")).click();
            b.waitForText(By.id("logoForm"), "must be a PNG or JPEG image");
            b.driver.findElement(By.cssSelector("#logoForm input[type='file']")).sendKeys(png.toAbsolutePath().toString());
            b.driver.findElement(By.id("logoForm:uploadLogo")).click();
            b.waitForText(By.id("messages"), "Logo saved");
            assertThat(b.driver.findElements(By.id("brand-logo"))).hasSize(1);
            assertThat(b.text(By.id("now-in-zone"))).startsWith("Now in ");
            b.screenshot("admin-clinic-settings");
            HttpResponse<byte[]> logo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + "/clinic-logo"))
                    .header("Authorization", "Bearer " + Suite.token("frontdesk")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(logo.statusCode()).isEqualTo(200);
            assertThat(logo.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(logo.body()).isEqualTo(Files.readAllBytes(png));
            // printed documents carry it: the AR aging PDF now embeds an image
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP
                    + "/billing/document?kind=report&name=aging&format=pdf")).header("Authorization", "Bearer " + Suite.token("billing")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
            b.driver.findElement(By.id("logoForm:removeLogo")).click();
            b.waitForText(By.id("messages"), "Logo removed");
            assertThat(b.driver.findElements(By.id("brand-logo"))).isEmpty();
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(fake);
        }
    }

    private static Instant bookAt(String patient, String provider, String chair, String at) {
        JsonNode a = PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\""
                + provider + "\",\"resourceId\":\"" + chair + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + at + "\"}"));
        return Instant.parse(a.get("startsAt").asText());
    }
}
