package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** The front desk books from the patient's record, sees the appointment on the day list, and cancels it. */
class ScheduleBrowserIT {

    @Test
    void frontDesk_booksAnInfusion_seesItOnTheDayList_andCancelsIt() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String nurse = "Nurse " + suffix;
        String chair = "Chair " + suffix;
        Suite.post("admin", "/api/scheduling/providers", "{\"username\":\"ui-" + suffix + "\",\"displayName\":\"" + nurse
                + "\",\"discipline\":\"NURSE\",\"hours\":[{\"dayOfWeek\":1,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}]}");
        Suite.post("admin", "/api/scheduling/resources", "{\"name\":\"" + chair + "\",\"kind\":\"INFUSION_CHAIR\"}");
        String family = Suite.uniqueFamily("Booked");
        String id = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Iris", family, "1982-02-12")).body())
                .get("id").asText();
        LocalDate monday = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long active = atLeastActiveProviders(150);

        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/record.xhtml?id=" + id);
            b.visible(By.id("recordForm:bookAppointment")).click();
            assertThat(b.text(By.id("book-patient"))).isEqualTo(family + ", Iris");
            // the form stays small however many providers and rooms there are: they are picked by name, not listed
            int html = htmlBytes(b);
            System.out.println("Booking form page: " + html + " bytes of HTML with " + active + " active providers");
            assertThat(html).isLessThan(100_000);
            assertThat(b.driver.getPageSource()).doesNotContain(nurse, chair);

            new Select(b.driver.findElement(By.id("bookForm:typeCode"))).selectByValue("INFUSION_60");
            b.pick("bookForm:providerId", nurse);
            b.pick("bookForm:resourceId", chair);
            WebElement date = b.driver.findElement(By.id("bookForm:bookDay_input"));
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), monday.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ESCAPE);
            new Select(b.driver.findElement(By.id("bookForm:bookTime"))).selectByVisibleText("09:00");
            b.screenshot("schedule-book");
            b.driver.findElement(By.id("bookForm:book")).click();
            b.waitForText(By.id("messages"), "Booked Ketamine infusion, 60 min");
            b.waitForText(By.id("dayForm:appointments"), family + ", Iris");
            assertThat(b.text(By.id("dayForm:appointments"))).contains("9:00 AM–10:00 AM", nurse, chair, "Booked");
            b.screenshot("schedule-day");

            // the same slot again: the provider is taken, and the message says so
            b.driver.findElement(By.id("bookForm:book")).click();
            b.waitForText(By.id("messages"), "already");

            // the calendar shows it in the week view, filtered to the nurse
            b.open("/schedule/calendar.xhtml");
            assertThat(htmlBytes(b)).isLessThan(100_000);
            b.pick("calendarForm:providerId", nurse);
            if (!monday.isBefore(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SUNDAY)))) {
                b.visible(By.cssSelector("#calendarForm\\:calendar .fc-next-button")).click(); // the week view starts on Sunday
            }
            b.waitForText(By.id("calendarForm:calendar"), family);
            b.screenshot("schedule-calendar");
            b.open("/schedule/day.xhtml?patient=" + id + "&day=" + monday);
            b.waitForText(By.id("dayForm:appointments"), family);

            b.driver.findElement(By.xpath("//tr[contains(., '" + family + "')]//button[normalize-space(.)='Cancel…']")).click();
            b.visible(By.id("cancelForm:reason")).sendKeys("Patient asked to move it");
            b.driver.findElement(By.id("cancelForm:confirmCancel")).click();
            b.waitForText(By.id("dayForm:appointments"), "Cancelled");

            // a name typed but not picked is not taken: the fields say what is missing
            b.driver.findElement(By.id("bookForm:providerId_input")).sendKeys("No such provider " + suffix);
            b.driver.findElement(By.id("bookForm:book")).click();
            b.waitForText(By.id("bookForm"), "Choose a provider.");
            assertThat(b.text(By.id("bookForm"))).contains("Choose a chair or room.");
            assertThat(b.driver.findElement(By.id("bookForm:providerId_input")).getAttribute("value")).isEmpty();
        }
    }

    @Test
    void twoWindows_bookingTheSameSlot_theSecondIsToldTheSlotIsTaken_andNothingOverlaps() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String nurse = "Twin Nurse " + suffix;
        String chair = "Twin Chair " + suffix;
        Suite.post("admin", "/api/scheduling/providers", "{\"username\":\"twin-" + suffix + "\",\"displayName\":\"" + nurse
                + "\",\"discipline\":\"NURSE\",\"hours\":[{\"dayOfWeek\":2,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}]}");
        Suite.post("admin", "/api/scheduling/resources", "{\"name\":\"" + chair + "\",\"kind\":\"INFUSION_CHAIR\"}");
        String first = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Ana", Suite.uniqueFamily("Twin"), "1980-01-01")).body())
                .get("id").asText();
        String second = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Ben", Suite.uniqueFamily("Twin"), "1981-02-02")).body())
                .get("id").asText();
        LocalDate tuesday = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        try (Browser a = new Browser().signIn("frontdesk"); Browser b = new Browser().signIn("frontdesk")) {
            fill(a, first, nurse, chair, tuesday);
            fill(b, second, nurse, chair, tuesday);
            a.driver.findElement(By.id("bookForm:book")).click();
            a.waitForText(By.id("messages"), "Booked Ketamine infusion, 60 min");
            b.driver.findElement(By.id("bookForm:book")).click();
            b.waitForText(By.id("messages"), "already booked at that time");
            b.screenshot("schedule-slot-taken");
        }
        try (var c = Suite.database(); var ps = c.prepareStatement("SELECT count(*) FROM scheduling.appointment a JOIN scheduling.provider p"
                + " ON p.id = a.provider_id WHERE p.display_name = ? AND a.status = 'BOOKED'")) {
            ps.setString(1, nurse);
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /**
     * Adds providers until at least {@code count} are active (once per test database), so the pages are measured as a
     * larger clinic sees them; returns how many are active.
     */
    private static long atLeastActiveProviders(int count) {
        long active = 0;
        for (int offset = 0; ; offset += 200) {
            JsonNode page = Suite.json(Suite.get("admin", "/api/scheduling/providers?limit=200&offset=" + offset).body());
            for (JsonNode p : page.get("rows")) {
                active += p.get("active").asBoolean() ? 1 : 0;
            }
            if (offset + 200 >= page.get("total").asLong()) {
                break;
            }
        }
        String run = Long.toString(System.nanoTime(), 36);
        for (long i = active; i < count; i++) {
            PlanIT.ok(Suite.post("admin", "/api/scheduling/providers", "{\"username\":\"bulk-" + run + "-" + i + "\",\"displayName\":\"Bulk Provider "
                    + run + " " + i + "\",\"discipline\":\"NURSE\",\"hours\":[{\"dayOfWeek\":1,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}]}"));
        }
        return Math.max(active, count);
    }

    /** The size of the page's HTML as the server sends it (fetched again; the DOM has grown with scripts since). */
    private static int htmlBytes(Browser b) {
        Object size = ((JavascriptExecutor) b.driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                + ".then(function (t) { done(new Blob([t]).size); });");
        return ((Number) size).intValue();
    }

    private static void fill(Browser b, String patientId, String nurse, String chair, LocalDate day) {
        b.open("/schedule/day.xhtml?patient=" + patientId);
        new Select(b.visible(By.id("bookForm:typeCode"))).selectByValue("INFUSION_60");
        b.pick("bookForm:providerId", nurse);
        b.pick("bookForm:resourceId", chair);
        b.driver.findElement(By.id("bookForm:bookDay_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ESCAPE);
        new Select(b.driver.findElement(By.id("bookForm:bookTime"))).selectByVisibleText("10:00");
    }
}
