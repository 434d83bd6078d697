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
 * A whole infusion visit in the browser: checklist, dose confirmed by a second clinician, an HR alert on the
 * flowsheet, a register draw with witnessed waste, an early stop with its reason, post-infusion vitals, discharge,
 * the nurse's signature and the physician's co-signature.
 */
class InfusionBrowserIT {

    @Test
    void aNurseRunsAnInfusion_fromChecklistToDischarge_andThePhysicianCoSigns() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String physicianId = PlanIT.provider("iv-md-" + s, "Dr Infusion " + s, "PHYSICIAN");
        String nurseId = PlanIT.provider("iv-rn-" + s, "Nurse Infusion " + s, "NURSE");
        String chairId = PlanIT.resource("IV chair " + s, "INFUSION_CHAIR");
        String patientId = PlanIT.eligiblePatient();
        JsonNode plan = PlanIT.signedIvPlan(patientId, physicianId, 1);
        LocalDateTime soon = LocalDateTime.now().plusMinutes(20).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (soon.toLocalDate().isAfter(LocalDate.now()) || soon.getHour() == 23) {
            soon = LocalDate.now().plusDays(1).atTime(0, 15);
        }
        JsonNode appt = PlanIT.ok(Suite.post("frontdesk", "/api/plans/" + plan.get("id").asText() + "/series",
                "[" + PlanIT.book(nurseId, chairId, "INFUSION_60", soon.toString()) + "]")).get(0);
        PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/" + appt.get("id").asText() + "/check-in?version=" + appt.get("version").asLong(), ""));
        String vial = RegisterIT.receive(1).get(0).get("label").asText();

        try (Browser b = new Browser().signIn("nurse")) {
            b.open("/visits/infusion.xhtml?appointment=" + appt.get("id").asText());
            b.visible(By.id("checklistForm:contraindications")).click();
            b.driver.findElement(By.id("checklistForm:fasting")).click();
            new Select(b.driver.findElement(By.id("checklistForm:pregnancy"))).selectByValue("NOT_APPLICABLE");
            b.driver.findElement(By.id("checklistForm:escortName")).sendKeys("Luis Ortega");
            b.driver.findElement(By.id("checklistForm:escortPhone")).sendKeys("(555) 210-3456");
            type(b, "checklistForm:systolic", "128");
            type(b, "checklistForm:diastolic", "82");
            type(b, "checklistForm:heartRate", "72");
            type(b, "checklistForm:spo2", "98");
            type(b, "checklistForm:respiratoryRate", "14");
            type(b, "checklistForm:baselineNrs", "7");
            b.driver.findElement(By.id("checklistForm:saveChecklist")).click();
            b.waitForText(By.id("messages"), "Checklist saved");
            assertThat(b.text(By.id("consent-status"))).contains("on file and in force");
            assertThat(b.text(By.id("gaps"))).contains("Dose calculated and confirmed by a second clinician").doesNotContain("Escort");

            type(b, "doseForm:weightKg", "70");
            type(b, "doseForm:concentration", "1");
            b.driver.findElement(By.id("doseForm:calculate")).click();
            b.waitForText(By.id("dose-result"), "35 mg/h");
            assertThat(b.text(By.id("dose-result"))).contains("Total 35 mg", "Pump 35 mL/h at 1 mg/mL", "awaiting a second clinician");
            b.driver.findElement(By.id("doseForm:confirmer")).sendKeys("nurse");
            b.driver.findElement(By.id("doseForm:password")).sendKeys("demo");
            b.driver.findElement(By.id("doseForm:confirmDose")).click();
            b.waitForText(By.id("doseForm"), "A second clinician must confirm: nurse made the calculation.");
            WebElement confirmer = b.driver.findElement(By.id("doseForm:confirmer"));
            confirmer.clear();
            confirmer.sendKeys("physician");
            b.driver.findElement(By.id("doseForm:password")).sendKeys("demo");
            b.driver.findElement(By.id("doseForm:confirmDose")).click();
            b.waitForText(By.id("messages"), "Dose confirmed by physician");
            b.screenshot("infusion-checklist-dose");
            b.visible(By.id("startForm:start")).click();
            b.waitForText(By.id("messages"), "Infusion started");
            b.visible(By.id("vitals-due"));

            // a heart rate over 120 raises the stop/hold alert with its action
            vitals(b, "132", "84", "125", "97", "14", "2", "5");
            b.waitForText(By.id("alert-banner"), "Heart rate 125 is above 120");
            assertThat(b.text(By.id("alert-banner"))).contains("notify the physician");
            b.screenshot("infusion-alert");
            vitals(b, "126", "80", "96", "98", "14", "1", "4");
            b.waitForText(By.id("messages"), "Vitals recorded");

            new Select(b.driver.findElement(By.id("courseForm:effect"))).selectByValue("NAUSEA_VOMITING");
            new Select(b.driver.findElement(By.id("courseForm:severity"))).selectByValue("MILD");
            b.driver.findElement(By.id("courseForm:recordAdverse")).click();
            b.waitForText(By.id("eventsForm:eventTable"), "nausea vomiting (mild)");
            b.driver.findElement(By.id("courseForm:rescueDrug")).sendKeys("Ondansetron");
            b.driver.findElement(By.id("courseForm:rescueDose")).sendKeys("4 mg");
            b.driver.findElement(By.id("courseForm:recordRescue")).click();
            b.waitForText(By.id("eventsForm:eventTable"), "Ondansetron 4 mg IV");

            new Select(b.driver.findElement(By.id("drawForm:vialId"))).selectByVisibleText(vial + " — 500 mg left");
            type(b, "drawForm:drawnMg", "40");
            type(b, "drawForm:drawAdministeredMg", "35");
            type(b, "drawForm:wastedMg", "5");
            b.driver.findElement(By.id("drawForm:witness")).sendKeys("physician");
            b.driver.findElement(By.id("drawForm:password")).sendKeys("demo");
            b.driver.findElement(By.id("drawForm:recordDraw")).click();
            b.waitForText(By.id("eventsForm:eventTable"), "40 mg drawn, 35 mg for the infusion, 5 mg wasted (witness physician)");

            type(b, "endForm:administeredMg", "35");
            b.driver.findElement(By.id("endForm:end")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("endForm"), "give the reason for stopping early");
            b.driver.findElement(By.id("endForm:earlyReason")).sendKeys("Dose given as a short push-pump run for this test session");
            b.driver.findElement(By.id("endForm:end")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("messages"), "Infusion ended");

            vitals(b, "124", "80", "74", "98", "14", "0", "3");
            b.waitForText(By.id("flowForm:readings"), "post");
            b.driver.findElement(By.id("dischargeForm:alertAndOriented")).click();
            b.driver.findElement(By.id("dischargeForm:walksSteadily")).click();
            b.driver.findElement(By.id("dischargeForm:discharge")).click();
            b.waitForText(By.id("messages"), "Discharge criteria not met");
            b.driver.findElement(By.id("dischargeForm:escortPresent")).click();
            b.driver.findElement(By.id("dischargeForm:discharge")).click();
            b.waitForText(By.id("messages"), "Discharged");
            b.visible(By.id("signForm:sign")).click();
            b.waitForText(By.id("signature-status"), "Signed by nurse");
            b.screenshot("infusion-signed");
        }
        try (Browser b = new Browser().signIn("physician")) {
            b.open("/visits/infusion.xhtml?appointment=" + appt.get("id").asText());
            b.visible(By.id("signForm:cosign")).click();
            b.waitForText(By.id("signature-status"), "co-signed by physician");
            assertThat(b.text(By.id("visit-status"))).isEqualTo("cosigned");
            assertThat(b.driver.findElements(By.id("flowForm:recordVitals"))).isEmpty();
            // a correction after signing is an amendment with a reason; the signed record stays as it was
            b.driver.findElement(By.id("signForm:amendmentText")).sendKeys("Escort was the patient's sister, not Luis Ortega");
            b.driver.findElement(By.id("signForm:amend")).click();
            b.waitForText(By.id("signForm"), "Give the reason for the amendment");
            b.driver.findElement(By.id("signForm:amendmentReason")).sendKeys("Escort name recorded wrongly at check-in");
            b.driver.findElement(By.id("signForm:amend")).click();
            b.waitForText(By.id("eventsForm:eventTable"), "amendment");
            assertThat(b.text(By.id("eventsForm:eventTable"))).contains("reason: Escort name recorded wrongly at check-in");
            b.screenshot("infusion-cosigned");
        }
        // the counselor's integration session links to this infusion
        String counselorId = PlanIT.provider("iv-co-" + s, "Counselor Infusion " + s, "COUNSELING");
        String room = PlanIT.resource("IV talk room " + s, "COUNSELING_ROOM");
        JsonNode integration = TherapyBrowserIT.checkedIn(patientId, counselorId, room, "COUNSELING", 2);
        try (Browser b = new Browser().signIn("counselor")) {
            b.open("/visits/therapy.xhtml?appointment=" + integration.get("id").asText());
            new Select(b.visible(By.id("visitForm:sessionType"))).selectByValue("INTEGRATION");
            new Select(b.driver.findElement(By.id("visitForm:started"))).selectByValue("14:00");
            new Select(b.driver.findElement(By.id("visitForm:ended"))).selectByValue("14:50");
            b.driver.findElement(By.id("visitForm:progressNote")).sendKeys("Integrated imagery from the infusion; sleep better.");
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("visitForm"), "Choose the infusion this session integrates.");
            new Select(b.driver.findElement(By.id("visitForm:integratesVisit"))).selectByIndex(1);
            b.driver.findElement(By.id("visitForm:save")).click();
            b.waitForText(By.id("messages"), "50 min → 90834 ×1");
            b.screenshot("counseling-integration");
        }
        // the vial is still on the shelf with what the draw left (the listing is the shelf: vials with a balance)
        JsonNode drawn = null;
        for (JsonNode v : Suite.json(Suite.get("nurse", "/api/register/vials").body())) {
            drawn = v.get("label").asText().equals(vial) ? v : drawn;
        }
        assertThat(drawn).as("vial " + vial + " in stock").isNotNull();
        assertThat(drawn.get("balanceMg").decimalValue()).isEqualByComparingTo("460");
    }

    private static void type(Browser b, String id, String value) {
        WebElement input = b.driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private static void vitals(Browser b, String sys, String dia, String hr, String spo2, String rr, String sedation, String nrs) {
        b.visible(By.id("flowForm:systolic"));
        type(b, "flowForm:systolic", sys);
        type(b, "flowForm:diastolic", dia);
        type(b, "flowForm:heartRate", hr);
        type(b, "flowForm:spo2", spo2);
        type(b, "flowForm:respiratoryRate", rr);
        type(b, "flowForm:sedation", sedation);
        type(b, "flowForm:nrs", nrs);
        b.driver.findElement(By.id("flowForm:recordVitals")).click();
    }
}
