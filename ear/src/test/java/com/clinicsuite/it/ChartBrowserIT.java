package com.clinicsuite.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The physician's intake in the browser: the gate stops "eligible", an override with a reason passes, trends show. */
class ChartBrowserIT {

    private static void answer(Browser b, String item, String value) {
        b.driver.findElement(By.cssSelector("table[data-item='" + item + "'] input[value='" + value + "'], "
                + "[data-item='" + item + "'] input[value='" + value + "']")).click();
    }

    private static void scrollTo(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    }

    @Test
    void physician_isStoppedByABlockingContraindication_overridesWithAReason_andSeesTheTrend() {
        String family = Suite.uniqueFamily("Intake");
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Vera", family, "1971-05-05")).body()).get("id").asText();
        try (Browser b = new Browser().signIn("physician")) {
            b.open("/patients/chart.xhtml?id=" + id);
            assertThat(b.text(By.id("badge-contraindication"))).isEqualTo("Contraindications unresolved");

            for (String item : List.of("POORLY_CONTROLLED_CARDIOVASCULAR_DISEASE", "PREGNANCY", "ACTIVE_PSYCHOSIS",
                    "SEVERE_HEPATIC_DISEASE", "MODERATE_HEPATIC_DISEASE", "ELEVATED_INTRACRANIAL_PRESSURE",
                    "ELEVATED_INTRAOCULAR_PRESSURE", "ACTIVE_SUBSTANCE_ABUSE", "KETAMINE_HYPERSENSITIVITY")) {
                answer(b, item, "NO");
            }
            answer(b, "ACTIVE_SUBSTANCE_ABUSE", "YES");
            WebElement save = b.driver.findElement(By.id("screenForm:saveScreen"));
            scrollTo(b, save);
            save.click();
            b.waitForText(By.id("gate-status"), "Blocking: Active substance abuse");

            new Select(b.driver.findElement(By.id("decisionForm:decision"))).selectByValue("ELIGIBLE");
            b.driver.findElement(By.id("decisionForm:decide")).click();
            b.waitForText(By.id("decisionForm"), "Not eligible without an override: Active substance abuse");
            b.screenshot("intake-gate-blocked");

            new Select(b.driver.findElement(By.id("decisionForm:decision"))).selectByValue("ELIGIBLE_WITH_OVERRIDE");
            b.driver.findElement(By.id("decisionForm:overrideReason")).sendKeys("In sustained remission 3 years, monitored by addiction medicine");
            b.driver.findElement(By.id("decisionForm:decide")).click();
            b.waitForText(By.id("current-decision"), "Eligible with override");
            assertThat(b.text(By.id("current-decision"))).contains("In sustained remission");
            b.screenshot("intake-override");

            // two NRS scores make a trend
            recordNrs(b, "7", java.time.LocalDate.now().minusDays(28));
            recordNrs(b, "4", java.time.LocalDate.now());
            b.waitForText(By.id("historyForm:history"), "Pain NRS");
            WebElement chart = b.visible(By.cssSelector("#trends canvas"));
            scrollTo(b, chart);
            assertThat(chart.getSize().getHeight()).isGreaterThan(100);
            b.screenshot("chart-trend");

            // a progress note: draft, then sign
            WebElement text = b.driver.findElement(By.id("notesForm:text"));
            scrollTo(b, text);
            text.sendKeys("Intake completed. Eligible with override; plan to follow.");
            b.driver.findElement(By.id("notesForm:writeNote")).click();
            b.waitForText(By.id("notesForm"), "Draft");
            b.driver.findElement(By.xpath("//form[@id='notesForm']//button[normalize-space(.)='Sign']")).click();
            b.waitForText(By.id("messages"), "Note signed; it is now locked.");
            assertThat(b.text(By.id("notesForm"))).contains("Signed", "Intake completed.");
            scrollTo(b, b.driver.findElement(By.id("notes")));
            b.screenshot("chart-notes");
        }
    }

    @Test
    void thePastAppointments_showTenAtATime_andTheOlderOnesPageIn() {
        String s = Long.toString(System.nanoTime(), 36);
        String patient = PlanIT.patient();
        String nurse = PlanIT.provider("chart-rn-" + s, "Nurse Chart " + s, "NURSE");
        String chair = PlanIT.resource("Chart chair " + s, "INFUSION_CHAIR");
        java.time.LocalDate newest = java.time.LocalDate.now().minusWeeks(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        StringBuilder history = new StringBuilder();
        for (int week = 0; week < 12; week++) {
            history.append(week > 0 ? "," : "").append("{\"patientId\":\"").append(patient).append("\",\"providerId\":\"").append(nurse)
                    .append("\",\"resourceId\":\"").append(chair).append("\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"")
                    .append(newest.minusWeeks(week)).append("T09:00\",\"status\":\"COMPLETED\"}");
        }
        PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments/history", "[" + history + "]"));
        try (Browser b = new Browser().signIn("physician")) {
            b.open("/patients/chart.xhtml?id=" + patient);
            By rows = By.cssSelector("#appointmentsForm\\:past_data tr");
            assertThat(b.text(By.id("appointmentsForm:past"))).contains(newest + " 09:00").doesNotContain(newest.minusWeeks(11) + " 09:00");
            assertThat(b.driver.findElements(rows)).hasSize(10);
            b.driver.findElement(By.cssSelector("#appointmentsForm\\:past_paginator_bottom .ui-paginator-next")).click();
            b.waitForText(By.id("appointmentsForm:past"), newest.minusWeeks(11) + " 09:00");
            assertThat(b.driver.findElements(rows)).hasSize(2);
            assertThat(b.text(By.id("appointmentsForm:past"))).contains(newest.minusWeeks(10) + " 09:00").doesNotContain(newest + " 09:00");
        }
    }

    @Test
    void counselor_recordsAPhq9WithItem9_seesTheAlert_andAcknowledgesIt() {
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Wren", Suite.uniqueFamily("Alert"), "1993-03-13")).body()).get("id").asText();
        try (Browser b = new Browser().signIn("counselor")) {
            b.open("/patients/chart.xhtml?id=" + id);
            new Select(b.visible(By.id("questionnaireForm:instrument"))).selectByValue("PHQ9");
            b.wait.until(d -> d.findElements(By.cssSelector("#questionnaireForm input.item-input")).size() == 9);
            List<WebElement> items = b.driver.findElements(By.cssSelector("#questionnaireForm input.item-input"));
            String[] answers = {"2", "2", "1", "1", "1", "1", "1", "0", "1"};
            for (int i = 0; i < answers.length; i++) {
                scrollTo(b, items.get(i));
                items.get(i).sendKeys(answers[i]);
            }
            b.driver.findElement(By.id("questionnaireForm:saveQuestionnaire")).click();
            b.waitForText(By.id("messages"), "self-harm alert was raised");
            assertThat(b.text(By.id("badge-selfharm"))).contains("Self-harm alert");
            assertThat(b.text(By.id("last-score"))).contains("10", "Moderate");
            scrollTo(b, b.driver.findElement(By.id("alerts")));
            b.screenshot("chart-alert");

            WebElement note = b.driver.findElement(By.cssSelector("#alertsForm input[type='text']"));
            note.sendKeys("Safety plan reviewed; no intent or plan; crisis line given.");
            b.driver.findElement(By.xpath("//form[@id='alertsForm']//button[normalize-space(.)='Acknowledge']")).click();
            b.waitForText(By.id("alertsForm"), "Acknowledged");
            assertThat(b.driver.findElements(By.id("badge-selfharm"))).isEmpty();
        }
    }

    private static void recordNrs(Browser b, String value, java.time.LocalDate takenOn) {
        WebElement date = b.driver.findElement(By.id("questionnaireForm:takenOn_input"));
        scrollTo(b, date);
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                takenOn.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        WebElement input = b.visible(By.cssSelector("#questionnaireForm input.item-input"));
        scrollTo(b, input);
        input.clear();
        input.sendKeys(value);
        b.driver.findElement(By.id("questionnaireForm:saveQuestionnaire")).click();
        try {
            b.waitForText(By.id("messages"), "Recorded Pain NRS: score " + value);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not recorded; the form shows: " + b.text(By.id("questionnaireForm"))
                    + " / messages: " + b.text(By.id("messages")), e);
        }
    }
}
