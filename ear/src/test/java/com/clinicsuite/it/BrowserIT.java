package com.clinicsuite.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser tests in headless Chromium, signing in through the real Keycloak login page. */
class BrowserIT {

    @ParameterizedTest(name = "{0} lands on the {1} home page")
    @CsvSource(delimiter = '|', value = {
            "physician | Physician          | menu-home menu-patients menu-schedule menu-calendar menu-kregister",
            "nurse     | Nurse              | menu-home menu-patients menu-schedule menu-calendar menu-kregister",
            "therapist | Physical therapist | menu-home menu-patients menu-schedule menu-calendar",
            "counselor | Counselor          | menu-home menu-patients menu-schedule menu-calendar",
            "frontdesk | Front desk         | menu-home menu-patients menu-register menu-schedule menu-calendar",
            "billing   | Billing            | menu-home menu-patients menu-charges menu-claims menu-billing-reports menu-billing-setup",
            "admin     | Administrator      | menu-home menu-kregister menu-setup menu-protocols menu-clinic menu-monitoring menu-users menu-audit menu-emergency menu-system menu-billing-setup"})
    void eachDemoUser_landsOnTheirRolesHomePageAndMenu(String user, String role, String menu) {
        try (Browser b = new Browser().signIn(user)) {
            assertThat(b.text(By.id("home-title"))).isEqualTo(role + " home");
            assertThat(b.text(By.id("signed-in-user"))).isEqualTo(user);
            List<String> items = b.driver.findElements(By.cssSelector("#main-menu a")).stream()
                    .map(a -> a.getAttribute("id")).toList();
            assertThat(items).containsExactly(menu.split(" "));
            b.screenshot("home-" + user);
        }
    }

    /** Fills the registration form's required fields. */
    private static void fillRequired(Browser b, String given, String family, String birthDate, String phone) {
        b.visible(By.id("registerForm:givenName")).sendKeys(given);
        b.driver.findElement(By.id("registerForm:familyName")).sendKeys(family);
        WebElement date = b.driver.findElement(By.id("registerForm:birthDate_input"));
        date.sendKeys(birthDate);
        date.sendKeys(Keys.ESCAPE);
        new Select(b.driver.findElement(By.id("registerForm:sexAtBirth"))).selectByVisibleText("Female");
        b.driver.findElement(By.id("registerForm:phone")).sendKeys(phone);
    }

    @Test
    void frontDesk_registersAPatient_seesTheRecord_andFindsThemInTheList() {
        String family = Suite.uniqueFamily("Browser");
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.driver.findElement(By.id("menu-register")).click();
            fillRequired(b, "Rosa", family, "07/04/1976", Suite.uniquePhone());
            b.driver.findElement(By.id("registerForm:emergencyName")).sendKeys("Luis " + family);
            b.driver.findElement(By.id("registerForm:emergencyPhone")).sendKeys("(555) 210-3456");
            b.driver.findElement(By.id("registerForm:referrerNpi")).sendKeys("1234567893");
            b.driver.findElement(By.id("registerForm:referrerName")).sendKeys("Dr. Alan Brooks");
            b.screenshot("register-patient");
            b.driver.findElement(By.id("registerForm:save")).click();

            b.waitForText(By.id("messages"), "Registered " + family + ", Rosa with MRN");
            String mrn = b.text(By.id("patient-mrn"));
            assertThat(mrn).matches("\\d{8}");
            assertThat(b.text(By.id("messages"))).contains(mrn);
            assertThat(b.text(By.id("record-details"))).contains("Luis " + family, "1234567893");
            b.screenshot("patient-record");

            b.driver.findElement(By.id("menu-patients")).click();
            b.visible(By.id("patientsForm:q")).sendKeys(family.toLowerCase().substring(0, 9), Keys.ENTER);
            b.waitForText(By.id("patientsForm:patients"), mrn);
            assertThat(b.text(By.id("patientsForm:patients"))).contains(family + ", Rosa", "07/04/1976");
            b.screenshot("patient-registered");
        }
    }

    @Test
    void frontDesk_seesTheDuplicateWarning_andCanRegisterADifferentPersonAnyway() {
        String family = Suite.uniqueFamily("Dup");
        String first = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Mara", family, "1969-02-14", Suite.uniquePhone())).body()).get("mrn").asText();
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/register.xhtml");
            fillRequired(b, "Mara", family, "02/14/1969", Suite.uniquePhone());
            b.driver.findElement(By.id("registerForm:save")).click();

            b.waitForText(By.id("duplicatesForm:matches"), first);
            b.screenshot("register-duplicate-warning");
            b.driver.findElement(By.id("duplicatesForm:registerAnyway")).click();
            b.waitForText(By.id("messages"), "Registered " + family + ", Mara with MRN");
            assertThat(b.text(By.id("patient-mrn"))).isNotEqualTo(first);
        }
    }

    @Test
    void registration_showsFieldErrorsNextToTheFields_andSavesNothing() {
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/register.xhtml");
            b.visible(By.id("registerForm:familyName")).sendKeys("Nobody");
            b.driver.findElement(By.id("registerForm:save")).click();
            b.waitForText(By.id("registerForm"), "Given name is required.");
            assertThat(b.text(By.id("registerForm")))
                    .contains("Given name is required.", "Date of birth is required.", "Sex assigned at birth is required.",
                            "Phone is required.");
            b.screenshot("register-patient-errors");
        }
    }

    @Test
    void frontDesk_correctsAPatientsPhone_onTheRecordPage() {
        String family = Suite.uniqueFamily("Fix");
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Noel", family, "1958-08-08", Suite.uniquePhone())).body()).get("id").asText();
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/record.xhtml?id=" + id);
            b.visible(By.id("recordForm:edit")).click();
            WebElement phone = b.visible(By.id("recordForm:phone"));
            phone.clear();
            phone.sendKeys("555.321.7654");
            b.driver.findElement(By.id("recordForm:save")).click();
            b.waitForText(By.id("messages"), "Saved the changes");
            assertThat(b.text(By.id("record-phone"))).isEqualTo("(555) 321-7654");
        }
    }

    @Test
    void frontDesk_uploadsAConsentScan_andTheMissingListShrinks() throws Exception {
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Ada", Suite.uniqueFamily("Scan"), "1990-10-10")).body()).get("id").asText();
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("ketamine-consent", ".pdf");
        java.nio.file.Files.write(pdf, ConsentIT.PDF);
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/record.xhtml?id=" + id);
            assertThat(b.text(By.id("consents-missing"))).contains("Ketamine informed consent");
            new Select(b.driver.findElement(By.id("consentForm:type"))).selectByValue("KETAMINE_INFORMED");
            b.driver.findElement(By.id("consentForm:signer")).sendKeys("Ada herself");
            b.driver.findElement(By.cssSelector("#consentForm input[type='file']")).sendKeys(pdf.toString());
            b.driver.findElement(By.id("consentForm:uploadConsent")).click();
            b.waitForText(By.id("messages"), "Ketamine informed consent recorded.");
            assertThat(b.text(By.id("consents-missing"))).doesNotContain("Ketamine informed consent");
            assertThat(b.text(By.id("consentListForm:consentTable"))).contains("ketamine-consent", "In force");
            b.screenshot("consents");
        } finally {
            java.nio.file.Files.deleteIfExists(pdf);
        }
    }

    @Test
    void frontDesk_addsAPrimaryPolicy_onTheRecordPage() {
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Ivy", Suite.uniqueFamily("Payer"), "1984-04-14")).body()).get("id").asText();
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/record.xhtml?id=" + id);
            b.visible(By.id("insuranceForm:payerName")).sendKeys("Blue Shield");
            b.driver.findElement(By.id("insuranceForm:memberId")).sendKeys("XBS-123456");
            b.driver.findElement(By.id("insuranceForm:groupNumber")).sendKeys("G-900");
            b.driver.findElement(By.id("insuranceForm:addPolicy")).click();
            b.waitForText(By.id("insuranceForm:policies"), "XBS-123456");
            assertThat(b.text(By.id("insuranceForm:policies"))).contains("Primary", "Blue Shield", "Ivy");
            b.screenshot("insurance");
        }
    }

    @Test
    void physician_findsThePatientTheFrontDeskRegistered() {
        String family = Suite.uniqueFamily("Seen");
        String mrn = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Ines", family, "1966-10-12")).body())
                .get("mrn").asText();
        try (Browser b = new Browser().signIn("physician")) {
            b.driver.findElement(By.id("menu-patients")).click();
            b.visible(By.id("patientsForm:q")).sendKeys(family, Keys.ENTER);
            b.waitForText(By.id("patientsForm:patients"), mrn);
            assertThat(b.text(By.id("patientsForm:patients"))).contains(family + ", Ines");
            assertThat(b.driver.findElements(By.id("menu-register"))).isEmpty();
            b.screenshot("patient-list-physician");
        }
    }

    @Test
    void billing_getsTheForbiddenPage_forTheRegistrationScreen() {
        try (Browser b = new Browser().signIn("billing")) {
            b.open("/patients/register.xhtml");
            b.visible(By.id("error-403"));
            assertThat(b.text(By.tagName("h1"))).isEqualTo("You don't have access to this page");
            assertThat(b.driver.getPageSource()).doesNotContain("Exception", "at com.");
            b.screenshot("forbidden-billing");
        }
    }

    @Test
    void frontDesk_cannotOpenTheClinicalChartByUrl() {
        String id = Suite.json(Suite.post("frontdesk", "/api/patients",
                Suite.patientJson("Una", Suite.uniqueFamily("Url"), "1977-01-17")).body()).get("id").asText();
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/chart.xhtml?id=" + id);
            b.visible(By.id("error-403"));
            assertThat(b.driver.getPageSource()).doesNotContain("Contraindication", "Questionnaire");
        }
    }

    @Test
    void aForgedViewState_isRefused_andNothingIsSaved() {
        String family = Suite.uniqueFamily("Forged");
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/register.xhtml");
            fillRequired(b, "Fay", family, "03/03/1983", Suite.uniquePhone());
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = 'forged:-12345');");
            b.driver.findElement(By.id("registerForm:save")).click();
            b.waitForText(By.id("messages"), "The page had expired, so nothing was saved");
        }
        assertThat(Suite.json(Suite.get("frontdesk", "/api/patients?q=" + Suite.enc(family)).body()).get("total").asLong()).isZero();
    }

    @Test
    void admin_addsAChair_andSeesItListed_inAPagedTableWithAFindBox() {
        String prefix = "Chair " + Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 24; i++) {
            assertThat(Suite.post("admin", "/api/scheduling/resources", "{\"name\":\"" + prefix + String.format(" %02d", i)
                    + "\",\"kind\":\"PT_ROOM\"}").statusCode()).isEqualTo(201);
        }
        String name = prefix + " 25";
        try (Browser b = new Browser().signIn("admin")) {
            b.driver.findElement(By.id("menu-setup")).click();
            b.visible(By.id("resourceForm:name")).sendKeys(name);
            new Select(b.driver.findElement(By.id("resourceForm:kind"))).selectByValue("INFUSION_CHAIR");
            b.driver.findElement(By.id("resourceForm:addResource")).click();
            // the table now shows what was added: the find box holds its name
            b.waitForText(By.id("resourceForm:resourceTable"), name);
            assertThat(b.driver.findElement(By.id("resourceFind:find")).getAttribute("value")).isEqualTo(name);
            assertThat(b.driver.findElements(By.cssSelector("#resourceForm\\:resourceTable tbody tr"))).hasSize(1);

            // 25 match the prefix: twenty on the first page, by kind then name, and the rest on the next
            WebElement find = b.driver.findElement(By.id("resourceFind:find"));
            find.sendKeys(Keys.chord(Keys.CONTROL, "a"), prefix.toUpperCase());
            b.waitForText(By.id("resourceForm:resourceTable"), prefix + " 01");
            b.awaitAjax();
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#resourceForm\\:resourceTable tbody tr"));
            assertThat(rows).hasSize(20);
            assertThat(rows.get(0).getText()).contains(name, "infusion chair");
            assertThat(rows.get(19).getText()).contains(prefix + " 19");
            b.driver.findElement(By.cssSelector("#resourceForm\\:resourceTable .ui-paginator-next")).click();
            b.waitForText(By.id("resourceForm:resourceTable"), prefix + " 24");
            assertThat(b.driver.findElements(By.cssSelector("#resourceForm\\:resourceTable tbody tr"))).hasSize(5);

            find.sendKeys(Keys.chord(Keys.CONTROL, "a"), "no such room " + prefix);
            b.waitForText(By.id("resourceForm:resourceTable"), "No chair or room matches");
            find.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
            b.waitForText(By.id("resourceForm:resourceTable"), name);
            b.screenshot("admin-providers-rooms");
        }
    }

    @Test
    void admin_recordsLeave_deactivatesAProvider_andMaintainsProtocols() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String nurse = "Leave Nurse " + suffix;
        Suite.post("admin", "/api/scheduling/providers", "{\"username\":\"leave-" + suffix + "\",\"displayName\":\"" + nurse
                + "\",\"discipline\":\"NURSE\",\"hours\":[{\"dayOfWeek\":1,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"},"
                + "{\"dayOfWeek\":3,\"starts\":\"08:00:00\",\"ends\":\"17:00:00\"}]}");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(20);
        try (Browser b = new Browser().signIn("admin")) {
            b.driver.findElement(By.id("menu-setup")).click();
            assertThat(b.visible(By.id("absenceForm:absenceProvider_input")).getAttribute("value")).isEqualTo("Whole clinic (holiday)");
            b.pick("absenceForm:absenceProvider", nurse);
            b.driver.findElement(By.id("absenceForm:firstDay_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    day.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ESCAPE);
            b.driver.findElement(By.id("absenceForm:addAbsence")).click();
            b.waitForText(By.id("absenceForm"), "Give a reason");
            b.driver.findElement(By.id("absenceForm:reason")).sendKeys("Annual leave " + suffix);
            b.driver.findElement(By.id("absenceForm:addAbsence")).click();
            b.waitForText(By.id("absenceForm:absenceTable"), "Annual leave " + suffix);
            assertThat(b.text(By.id("absenceForm:absenceTable"))).contains(nurse, day.toString());

            b.driver.findElement(By.id("providerFind:find")).sendKeys(nurse);
            // the find box filters after a short pause in typing: wait for the table to hold just that provider
            b.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#providerForm\\:providerTable tbody tr"), 1));
            b.awaitAjax();
            assertThat(b.text(By.id("providerForm:providerTable"))).contains(nurse);
            assertThat(b.text(By.id("providerForm:providerTable"))).contains("Mon 08:00–17:00, Wed 08:00–17:00");
            b.driver.findElement(By.xpath("//tr[contains(., '" + nurse + "')]//button[normalize-space(.)='Deactivate']")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("providerForm:providerTable"), "Not taking appointments");
            b.screenshot("admin-holidays-leave");

            // appointment types: a length out of range is refused next to the field, and nothing is saved
            b.driver.findElement(By.xpath("//tr[contains(., 'PT evaluation')]//button[normalize-space(.)='Edit']")).click();
            WebElement length = b.visible(By.id("typeForm:typeDuration"));
            length.clear();
            length.sendKeys("3");
            b.driver.findElement(By.id("typeForm:saveType")).click();
            b.waitForText(By.id("typeForm"), "The length must be 5–600 minutes.");
            b.open("/admin/scheduling.xhtml");
            assertThat(b.text(By.id("typeForm:typeTable"))).contains("PT evaluation", "60 min");

            b.driver.findElement(By.id("menu-protocols")).click();
            b.visible(By.id("protocolForm:code")).sendKeys("T-" + suffix.substring(0, 6).toUpperCase());
            b.driver.findElement(By.id("protocolForm:name")).sendKeys("Short 45 " + suffix);
            b.driver.findElement(By.id("protocolForm:dose")).sendKeys("0.75");
            b.driver.findElement(By.id("protocolForm:duration")).sendKeys("4");
            b.driver.findElement(By.id("protocolForm:saveProtocol")).click();
            b.waitForText(By.id("protocolForm"), "The duration must be 10–600 minutes.");
            b.driver.findElement(By.id("protocolForm:duration")).sendKeys("5");
            b.driver.findElement(By.id("protocolForm:saveProtocol")).click();
            b.waitForText(By.id("protocolForm:protocolTable"), "Short 45 " + suffix);
            assertThat(b.text(By.id("protocolForm:protocolTable"))).contains("SHORT-60", "CRPS: 0.35 mg/kg/h over 4 h");
            b.screenshot("admin-protocols");
        }
    }

    @Test
    void anUnknownAddress_getsTheNotFoundPage() {
        try (Browser b = new Browser().signIn("nurse")) {
            b.open("/no-such-page.xhtml");
            assertThat(b.text(By.id("error-404"))).contains("Page not found");
        }
    }

    @Test
    void logout_endsTheKeycloakSessionToo() {
        try (Browser b = new Browser().signIn("counselor")) {
            b.driver.findElement(By.id("logout")).click();
            b.waitForText(By.tagName("h1"), "You have signed out");
            b.screenshot("signed-out");
            // Back to the app: Keycloak asks for the password again instead of signing in silently.
            b.open("/");
            b.visible(By.id("username"));
            assertThat(b.driver.getCurrentUrl()).startsWith(Suite.KEYCLOAK + "/realms/clinic/");
        }
    }
}
