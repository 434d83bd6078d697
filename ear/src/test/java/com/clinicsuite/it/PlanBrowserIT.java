package com.clinicsuite.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole plan in a browser: the physician builds a plan with all three components and signs it (re-entering
 * the password); the front desk books the series from it, drags an appointment to another time on the calendar
 * (with confirmation) and checks the patient in; the physician reviews the response and moves to maintenance.
 */
class PlanBrowserIT {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Test
    void aCombinedPlan_isBuiltSignedBookedAttendedAndReviewed() {
        String s = Long.toString(System.nanoTime(), 36);
        String doctor = "Dr Browser " + s;
        String therapist = "PT Browser " + s;
        String counselor = "Counselor Browser " + s;
        PlanIT.provider("ui-md-" + s, doctor, "PHYSICIAN");
        PlanIT.provider("ui-rn-" + s, "Nurse Browser " + s, "NURSE");
        PlanIT.provider("ui-pt-" + s, therapist, "PHYSICAL_THERAPY");
        PlanIT.provider("ui-co-" + s, counselor, "COUNSELING");
        PlanIT.resource("UI chair " + s, "INFUSION_CHAIR");
        PlanIT.resource("UI gym " + s, "PT_ROOM");
        PlanIT.resource("UI room " + s, "COUNSELING_ROOM");
        String patientId = PlanIT.eligiblePatient();
        String name = Suite.json(Suite.get("frontdesk", "/api/patients/" + patientId).body()).get("familyName").asText();

        try (Browser b = new Browser().signIn("physician")) {
            b.open("/patients/chart.xhtml?id=" + patientId);
            b.visible(By.id("plansForm:startPlan")).click();
            b.waitForText(By.id("messages"), "Draft plan started");
            assertThat(b.text(By.id("indicationsForm:indicationTable"))).contains("G90.512", "Moderate — CRPS");

            b.visible(By.id("goalsForm:functionGoal")).sendKeys("ODI below 30 %");
            b.driver.findElement(By.id("goalsForm:moodGoal")).sendKeys("PHQ-9 below 10");
            b.driver.findElement(By.id("goalsForm:saveGoals")).click();
            b.waitForText(By.id("messages"), "Goals saved");

            b.pick("ketamineForm:clinician", doctor);
            new Select(b.driver.findElement(By.id("ketamineForm:protocol"))).selectByValue("SHORT-60");
            b.awaitAjax();
            WebElement sessions = b.visible(By.id("ketamineForm:sessions"));
            assertThat(sessions.getAttribute("value")).isEqualTo("6");
            assertThat(b.driver.findElement(By.id("ketamineForm:dose")).getAttribute("value")).isEqualTo("0.500");
            sessions.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            b.driver.findElement(By.id("ketamineForm:saveKetamine")).click();
            b.waitForText(By.id("messages"), "Ketamine component saved");

            b.pick("ptForm:ptClinician", therapist);
            new Select(b.driver.findElement(By.id("ptForm:ptComplexity"))).selectByValue("MODERATE");
            b.driver.findElement(By.id("ptForm:ptVisitsPerWeek")).sendKeys("1");
            b.driver.findElement(By.id("ptForm:ptWeeks")).sendKeys("1");
            b.driver.findElement(By.id("ptForm:ptRecertifyBy_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    LocalDate.now().plusDays(60).format(US), Keys.ESCAPE);
            b.driver.findElement(By.id("ptForm:ptCertifyingPhysician")).sendKeys(doctor);
            b.driver.findElement(By.id("ptForm:ptGoals")).sendKeys("Grip strength 20 kg; write for 10 minutes");
            b.driver.findElement(By.id("ptForm:savePt")).click();
            b.waitForText(By.id("messages"), "Physical therapy component saved");

            b.pick("counselingForm:counselor", counselor);
            new Select(b.driver.findElement(By.id("counselingForm:modality"))).selectByValue("KAP_PREPARATION_INTEGRATION");
            b.driver.findElement(By.id("counselingForm:counselingSessions")).sendKeys("1");
            b.driver.findElement(By.id("counselingForm:integrationRule")).click();
            b.driver.findElement(By.id("counselingForm:saveCounseling")).click();
            b.waitForText(By.id("messages"), "Counseling component saved");
            assertThat(b.text(By.id("counseling-summary"))).contains("integration session 24–72 h after each infusion");
            b.screenshot("plan-draft");

            b.driver.findElement(By.id("lifecycleForm:sign")).click();
            b.visible(By.id("signForm:password") ).sendKeys("wrong-password");
            b.driver.findElement(By.id("signForm:confirmSign")).click();
            b.waitForText(By.id("signForm"), "That password is not correct");
            b.screenshot("plan-sign");
            WebElement password = b.driver.findElement(By.id("signForm:password"));
            password.clear();
            password.sendKeys("demo");
            b.driver.findElement(By.id("signForm:confirmSign")).click();
            b.waitForText(By.id("messages"), "Plan signed and active (version 1)");
            assertThat(b.text(By.id("plan-status"))).isEqualTo("Active");
            b.screenshot("plan-signed");
        }

        String today = LocalDate.now().format(US);
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/record.xhtml?id=" + patientId);
            b.visible(By.id("recordForm:bookPlanSessions")).click();
            assertThat(b.text(By.id("to-book"))).contains("1 × Ketamine infusion, 60 min", "1 × PT evaluation").doesNotContain("mg/kg");
            b.driver.findElement(By.id("seriesForm:fromDay_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), today, Keys.ESCAPE);
            new Select(b.driver.findElement(By.id("seriesForm:fromTime"))).selectByValue("00:00");
            b.driver.findElement(By.id("seriesForm:propose")).click();
            b.waitForText(By.id("messages"), "appointments proposed");
            String proposal = b.text(By.id("seriesForm:proposal"));
            assertThat(proposal).contains("Counseling intake", "PT evaluation", "Infusion 1 of 1", "Integration after infusion 1", "PT visit 1 of 1")
                    .doesNotContain("choose a time by hand");
            // each row's pickers show the proposed provider, and offer only providers of the discipline its type needs
            WebElement ptProvider = b.driver.findElement(By.xpath("//*[@id='seriesForm:proposal']//tr[contains(., 'PT evaluation')]"
                    + "//input[contains(@id, ':provider_input')]"));
            assertThat(ptProvider.getAttribute("value")).isEqualTo(therapist);
            String picker = ptProvider.getAttribute("id").replace("_input", "");
            ptProvider.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Browser " + s);
            // (the answer to the whole name, not to the first letters typed)
            b.wait.until(d -> !suggestions(b, picker).isEmpty() && suggestions(b, picker).stream().allMatch(n -> n.contains("Browser " + s)));
            assertThat(suggestions(b, picker)).containsExactly(therapist);
            b.pick(picker, therapist);
            b.screenshot("series-proposal");
            // late in the day the series runs on into tomorrow: the calendar and the day list are opened on the days proposed
            LocalDate ptDay = proposedDay(b, "PT evaluation");
            LocalDate infusionDay = proposedDay(b, "Ketamine infusion");
            b.driver.findElement(By.id("seriesForm:bookSeries")).click();
            b.visible(By.id("seriesForm:confirmYes")).click();
            b.waitForText(By.id("messages"), "Booked 5 appointments");
            b.visible(By.cssSelector("#calendarForm\\:calendar .fc-event"));
            b.screenshot("series-booked-calendar");
            b.open("/schedule/calendar.xhtml?date=" + ptDay + "&patient=" + patientId);

            // drag the patient's PT evaluation down the week view: a confirmation comes first; then move it to another day
            b.pick("calendarForm:providerId", therapist);
            WebElement event = b.visible(By.xpath("//*[contains(@class,'fc-event') and contains(., '" + name + "') and contains(., 'PT evaluation')]"));
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", event);
            // drag it by half an hour or so, down when there is room below it in the day's view, up otherwise (late in the
            // day the series is booked near the view's last hour, and a drop below the view is no drop)
            boolean roomBelow = Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "var e = arguments[0].getBoundingClientRect(); var v = arguments[0].closest('.fc-scroller') || document.documentElement;"
                            + " return e.bottom + 60 < Math.min(window.innerHeight, v.getBoundingClientRect().bottom);", event));
            int step = roomBelow ? 1 : -1;
            new Actions(b.driver).moveToElement(event).clickAndHold().pause(200).moveByOffset(0, 10 * step).pause(200).moveByOffset(0, 30 * step)
                    .pause(200).release().perform();
            b.visible(By.id("move-what"));
            assertThat(b.text(By.id("move-what"))).contains(name, "PT evaluation");
            b.screenshot("calendar-move-confirm");
            WebElement moveDay = b.driver.findElement(By.id("moveForm:moveDay_input"));
            // a day far enough out to be free even when the suite runs again on the same database
            moveDay.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now().plusDays(30 + System.nanoTime() % 300).format(US), Keys.ESCAPE);
            b.driver.findElement(By.id("moveForm:confirmMove")).click();
            b.waitForText(By.id("messages"), "Moved");

            // check the patient in for the infusion on the day list
            b.open("/schedule/day.xhtml?day=" + infusionDay);
            b.waitForText(By.id("dayForm:appointments"), name);
            b.visible(By.xpath("//tr[contains(., '" + name + "') and contains(., 'Ketamine infusion')]//button[normalize-space(.)='Check in']")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//tr[contains(., '" + name + "') and contains(., 'Ketamine infusion')]//*[contains(@class,'status-checked_in')]")));
            b.screenshot("day-checked-in");
        }

        try (Browser b = new Browser().signIn("physician")) {
            b.open("/patients/chart.xhtml?id=" + patientId);
            b.visible(By.id("badge-plan")).click();
            b.visible(By.id("badge-review"));
            assertThat(b.text(By.id("progress-summary"))).contains("Infusions: 1 attended");
            b.visible(By.id("reviewForm:currentNrs")).sendKeys("4");
            new Select(b.driver.findElement(By.id("reviewForm:decision"))).selectByValue("MAINTENANCE");
            b.screenshot("plan-review");
            b.driver.findElement(By.id("reviewForm:recordReview")).click();
            b.waitForText(By.id("messages"), "the plan is now in maintenance");
            assertThat(b.text(By.id("plan-phase"))).isEqualTo("Phase: Maintenance");
            assertThat(b.text(By.id("reviewForm:reviews"))).contains("8 → 4", "50.0 %", "Yes", "maintenance");
            assertThat(b.text(By.id("progress-summary"))).contains("Pain NRS 8 → 4 (50.0 % reduction, substantial)");
            assertThat(b.text(By.id("historyForm:historyTable"))).contains("Responder (NRS 8 → 4, 50.0 %); moved to maintenance");
            b.screenshot("plan-maintenance");
        }
    }

    /** The names a picker suggests now. */
    private static java.util.List<String> suggestions(Browser b, String picker) {
        return b.driver.findElements(By.cssSelector("[id='" + picker + "_panel'] .ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-item-label")).toList();
    }

    /** The day the series proposal puts the first session of this type on (read from its row before booking). */
    private static LocalDate proposedDay(Browser b, String type) {
        return LocalDate.parse(b.driver.findElement(By.xpath("//*[@id='seriesForm:proposal']//tr[contains(., '" + type
                + "')]//input[contains(@id, ':date_input')]")).getAttribute("value"), US);
    }
}
