package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PT and counseling visits in the browser: the PT units follow the payer's rule (the DOMAIN.md example: 33 + 7
 * minutes are 2 + 1 units under Medicare, 2 + 0 under AMA), and the counseling code follows the minutes, with the
 * psychotherapy note kept apart from the care team's progress note. Front desk and billing see codes, not text.
 */
class TherapyBrowserIT {

    static JsonNode checkedIn(String patientId, String providerId, String resourceId, String type) {
        return checkedIn(patientId, providerId, resourceId, type, 0);
    }

    /**
     * A checked-in appointment of {@code type} on a full hour soon ({@code hoursLater} after the next one), never
     * across midnight, so that it can be checked in now (providers of these tests work around the clock).
     */
    static JsonNode checkedIn(String patientId, String providerId, String resourceId, String type, int hoursLater) {
        LocalDateTime soon = LocalDateTime.now().plusMinutes(20).truncatedTo(ChronoUnit.HOURS).plusHours(1 + hoursLater);
        if (soon.getHour() == 23) {
            soon = soon.plusHours(1);
        }
        JsonNode a = PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patientId + "\",\"providerId\":\"" + providerId
                + "\",\"resourceId\":\"" + resourceId + "\",\"typeCode\":\"" + type + "\",\"startsAt\":\"" + soon + "\"}"));
        return PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/" + a.get("id").asText() + "/check-in?version=" + a.get("version").asLong(), ""));
    }

    @Test
    void aPtVisit_computesUnitsByThePayersRule_andAppearsToBillingAsCodesOnly() {
        String s = Long.toString(System.nanoTime(), 36);
        String pt = PlanIT.provider("v-pt-" + s, "PT Visit " + s, "PHYSICAL_THERAPY");
        String gym = PlanIT.resource("Visit gym " + s, "PT_ROOM");
        String patient = PlanIT.patient();
        JsonNode appt = checkedIn(patient, pt, gym, "PT_VISIT");
        try (Browser b = new Browser().signIn("therapist")) {
            // late in the evening the appointment is on tomorrow's list
            b.open("/schedule/day.xhtml?day=" + java.time.Instant.parse(appt.get("startsAt").asText()).atZone(java.time.ZoneId.systemDefault()).toLocalDate());
            b.visible(By.xpath("//a[normalize-space(.)='PT visit' and contains(@href, '" + appt.get("id").asText() + "')]")).click();
            b.visible(By.id("visitForm:subjective")).sendKeys("Stairs easier this week");
            b.driver.findElement(By.id("visitForm:assessment")).sendKeys("Strength improving");
            minutes(b, "97110", "33");
            minutes(b, "97140", "7");
            b.driver.findElement(By.id("visitForm:nrsBefore")).sendKeys("6");
            b.driver.findElement(By.id("visitForm:nrsAfter")).sendKeys("4");
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("messages"), "Saved: 97110 ×2, 97140 ×1 (Medicare 8-minute rule)");
            new Select(b.driver.findElement(By.id("visitForm:unitRule"))).selectByValue("AMA_RULE_OF_EIGHTS");
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("messages"), "Saved: 97110 ×2 (AMA rule of eights)");
            b.screenshot("pt-visit");
            b.driver.findElement(By.id("visitForm:sign")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("visit-status"), "Signed and locked");
        }
        try (Browser b = new Browser().signIn("billing")) {
            b.open("/patients/record.xhtml?id=" + patient);
            b.waitForText(By.id("visitsForm:visitTable"), "97110 ×2");
            assertThat(b.text(By.id("visitsForm:visitTable"))).contains("Physical therapy", "Yes").doesNotContain("Stairs");
            b.screenshot("record-visits-billing");
        }
        JsonNode seen = Suite.json(Suite.get("billing", "/api/visits?patient=" + patient).body());
        assertThat(seen.get(0).get("codes").get(0).asText()).isEqualTo("97110 ×2");
        assertThat(seen.toString()).doesNotContain("Stairs", "Strength");
    }

    @Test
    void aCounselingVisit_codesByMinutes_andKeepsThePsychotherapyNoteFromOthers() {
        String s = Long.toString(System.nanoTime(), 36);
        String counselor = PlanIT.provider("v-co-" + s, "Counselor Visit " + s, "COUNSELING");
        String room = PlanIT.resource("Visit talk room " + s, "COUNSELING_ROOM");
        String patient = PlanIT.patient();
        JsonNode appt = checkedIn(patient, counselor, room, "COUNSELING");
        try (Browser b = new Browser().signIn("counselor")) {
            b.open("/visits/therapy.xhtml?appointment=" + appt.get("id").asText());
            new Select(b.visible(By.id("visitForm:sessionType"))).selectByValue("STANDARD");
            new Select(b.driver.findElement(By.id("visitForm:started"))).selectByValue("10:00");
            new Select(b.driver.findElement(By.id("visitForm:ended"))).selectByValue("10:15");
            b.driver.findElement(By.id("visitForm:progressNote")).sendKeys("Practised paced breathing; plan to use before infusions.");
            b.driver.findElement(By.id("visitForm:psychotherapyNote")).sendKeys("Private: processing of childhood memories " + s);
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("messages"), "15 min → not billable as psychotherapy (under 16 min)");
            new Select(b.driver.findElement(By.id("visitForm:ended"))).selectByValue("10:55");
            b.driver.findElement(By.id("visitForm:interactiveComplexity")).click();
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("messages"), "55 min → 90837 ×1, 90785 ×1");
            b.screenshot("counseling-visit");
            b.driver.findElement(By.id("visitForm:sign")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("visit-status"), "Signed and locked");
        }
        // the psychotherapy note is the counselor's alone; the physician sees the visit's codes but not that text
        assertThat(Suite.get("counselor", "/api/charts/" + patient + "/notes").body()).contains("Private: processing of childhood memories " + s);
        assertThat(Suite.get("physician", "/api/charts/" + patient + "/notes").body()).doesNotContain("childhood memories");
        assertThat(Suite.get("admin", "/api/charts/" + patient + "/notes").statusCode()).isEqualTo(403);
        JsonNode asFrontDesk = Suite.json(Suite.get("frontdesk", "/api/visits?patient=" + patient).body());
        assertThat(asFrontDesk.get(0).get("codes").toString()).contains("90837 ×1", "90785 ×1");
        assertThat(asFrontDesk.toString()).doesNotContain("breathing", "childhood");
    }

    private static void minutes(Browser b, String code, String value) {
        WebElement input = b.driver.findElement(By.xpath("//tr[td[starts-with(normalize-space(.), '" + code + "')]]//input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
