package com.clinicsuite.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser tests in headless Chromium, signing in through the real Keycloak login page. */
class BrowserIT {

    @ParameterizedTest(name = "{0} lands on the {1} home page")
    @CsvSource(delimiter = '|', value = {
            "physician | Physician          | menu-home menu-patients",
            "nurse     | Nurse              | menu-home menu-patients",
            "therapist | Physical therapist | menu-home menu-patients",
            "counselor | Counselor          | menu-home menu-patients",
            "frontdesk | Front desk         | menu-home menu-patients menu-register",
            "billing   | Billing            | menu-home menu-patients",
            "admin     | Administrator      | menu-home menu-system"})
    void eachDemoUser_landsOnTheirRolesHomePageAndMenu(String user, String role, String menu) {
        try (Browser b = new Browser().signIn(user)) {
            assertThat(b.driver.findElement(By.id("home-title")).getText()).isEqualTo(role + " home");
            assertThat(b.driver.findElement(By.id("signed-in-user")).getText()).isEqualTo(user);
            List<String> items = b.driver.findElements(By.cssSelector("#main-menu a")).stream()
                    .map(a -> a.getAttribute("id")).toList();
            assertThat(items).containsExactly(menu.split(" "));
            b.screenshot("home-" + user);
        }
    }

    @Test
    void frontDesk_registersAPatient_andFindsThemInTheList() {
        String family = Suite.uniqueFamily("Browser");
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.driver.findElement(By.id("menu-register")).click();
            b.visible(By.id("registerForm:givenName")).sendKeys("Rosa");
            b.driver.findElement(By.id("registerForm:familyName")).sendKeys(family);
            WebElement date = b.driver.findElement(By.id("registerForm:birthDate_input"));
            date.sendKeys("07/04/1976");
            date.sendKeys(Keys.ESCAPE);
            b.screenshot("register-patient");
            b.driver.findElement(By.id("registerForm:save")).click();

            b.waitForText(By.id("messages"), "Registered " + family + ", Rosa with MRN");
            String message = b.driver.findElement(By.id("messages")).getText();
            String mrn = message.replaceAll("(?s).*MRN (\\d{8}).*", "$1");
            assertThat(mrn).matches("\\d{8}");
            // the list opens filtered on the new MRN
            b.waitForText(By.id("patientsForm:patients"), family + ", Rosa");
            assertThat(b.driver.findElement(By.id("patientsForm:patients")).getText()).contains(mrn, "07/04/1976");
            b.screenshot("patient-registered");

            // and a name search finds them too
            WebElement search = b.driver.findElement(By.id("patientsForm:q"));
            search.clear();
            search.sendKeys(family.toLowerCase().substring(0, 9), Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patientsForm:patients"), mrn));
        }
    }

    @Test
    void registration_showsFieldErrorsNextToTheFields_andSavesNothing() {
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/patients/register.xhtml");
            b.visible(By.id("registerForm:familyName")).sendKeys("Nobody");
            b.driver.findElement(By.id("registerForm:save")).click();
            b.waitForText(By.id("registerForm"), "Given name is required.");
            assertThat(b.driver.findElement(By.id("registerForm")).getText())
                    .contains("Given name is required.", "Date of birth is required.");
            b.screenshot("register-patient-errors");
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
            assertThat(b.driver.findElement(By.id("patientsForm:patients")).getText()).contains(family + ", Ines");
            assertThat(b.driver.findElements(By.id("menu-register"))).isEmpty();
            b.screenshot("patient-list-physician");
        }
    }

    @Test
    void billing_getsTheForbiddenPage_forTheRegistrationScreen() {
        try (Browser b = new Browser().signIn("billing")) {
            b.open("/patients/register.xhtml");
            b.visible(By.id("error-403"));
            assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You don't have access to this page");
            assertThat(b.driver.getPageSource()).doesNotContain("Exception", "at com.");
            b.screenshot("forbidden-billing");
        }
    }

    @Test
    void anUnknownAddress_getsTheNotFoundPage() {
        try (Browser b = new Browser().signIn("nurse")) {
            b.open("/no-such-page.xhtml");
            assertThat(b.visible(By.id("error-404")).getText()).contains("Page not found");
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
