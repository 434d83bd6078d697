package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Break the glass in the browser: the clinician's request with a reason, the banner, and the administrator's review. */
class EmergencyAccessBrowserIT {

    @Test
    void aCounselorOutsideTheTeam_breaksTheGlass_andTheAdministratorSeesAndReviewsIt() {
        String patient = PlanIT.eligiblePatient();
        PlanIT.start(patient);
        String mrn = Suite.json(Suite.get("frontdesk", "/api/patients/" + patient).body()).get("mrn").asText();

        try (Browser b = new Browser().signIn("counselor")) {
            b.open("/patients/chart.xhtml?id=" + patient);
            b.waitForText(By.id("glass-title"), "Emergency access to");
            assertThat(b.text(By.id("glass-title"))).contains(mrn);
            assertThat(b.driver.findElements(By.id("patient-name"))).as("no chart content before the glass is broken").isEmpty();
            b.driver.findElement(By.id("glassForm:breakGlass")).click();
            b.waitForText(By.id("glassForm"), "Say why you need emergency access");
            b.visible(By.id("glassForm:reason")).sendKeys("short");
            b.driver.findElement(By.id("glassForm:breakGlass")).click();
            b.waitForText(By.id("glassForm"), "at least 10 characters");
            b.screenshot("break-the-glass-request");
            b.visible(By.id("glassForm:reason")).sendKeys(" - patient in crisis on the phone, the physician is out");
            b.driver.findElement(By.id("glassForm:breakGlass")).click();
            b.waitForText(By.id("emergency-banner"), "Emergency access until");
            assertThat(b.text(By.id("messages"))).contains("an administrator will review it");
            assertThat(b.text(By.id("patient-mrn"))).isEqualTo(mrn);
            b.screenshot("break-the-glass-chart");
        }

        try (Browser b = new Browser().signIn("admin")) {
            b.waitForText(By.id("emergency-notice"), "wait for your review");
            b.driver.findElement(By.id("menu-emergency")).click();
            b.waitForText(By.id("emergencyForm:grants"), mrn);
            assertThat(b.text(By.id("emergencyForm:grants"))).contains("counselor", "patient in crisis on the phone");
            b.screenshot("admin-emergency-access");
            b.driver.findElement(By.id("emergencyForm:unreviewed")).click();
            b.driver.findElement(By.id("emergencyForm:searchGrants")).click();
            b.awaitAjax();
            int row = rowOf(b, mrn);
            b.visible(By.id("emergencyForm:grants:" + row + ":note")).sendKeys("Reason confirmed with the counselor");
            b.driver.findElement(By.id("emergencyForm:grants:" + row + ":review")).click();
            b.waitForText(By.id("messages"), "marked as reviewed");

            b.driver.findElement(By.id("menu-audit")).click();
            b.visible(By.id("auditForm:mrn")).sendKeys(mrn);
            b.driver.findElement(By.id("auditForm:whoViewed")).click();
            b.waitForText(By.id("auditForm:viewers"), "counselor");
            assertThat(b.text(By.id("auditForm:viewers"))).contains("EMERGENCY ACCESS", "access.emergency");
        }
        JsonNode reviewed = Suite.json(Suite.get("admin", "/api/audit/emergency-access").body());
        boolean found = false;
        for (JsonNode r : reviewed) {
            if (mrn.equals(r.get("mrn").asText())) {
                found = true;
                assertThat(r.get("reviewedBy").asText()).isEqualTo("admin");
                assertThat(r.get("reviewNote").asText()).isEqualTo("Reason confirmed with the counselor");
            }
        }
        assertThat(found).isTrue();
    }

    /** The index of the grants table's row that shows this MRN. */
    private static int rowOf(Browser b, String mrn) {
        var rows = b.driver.findElements(By.cssSelector("[id='emergencyForm:grants'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(mrn)) {
                return i;
            }
        }
        throw new AssertionError("no row for MRN " + mrn);
    }
}
