package com.clinicsuite.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register in a browser: a nurse receives a lot, draws a dose with the waste witnessed by the physician's own
 * password, sees the vial's new balance, and the biennial inventory prints as a PDF that adds up.
 */
class RegisterBrowserIT {

    @Test
    void aNurseReceives_drawsWithWitnessedWaste_andTakesTheBiennialInventory() throws Exception {
        String lot = "UI" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String mrn = Suite.json(Suite.post("frontdesk", "/api/patients", Suite.patientJson("Vera", Suite.uniqueFamily("Register"), "1966-06-06")).body())
                .get("mrn").asText();
        try (Browser b = new Browser().signIn("nurse")) {
            b.driver.findElement(By.id("menu-kregister")).click();
            b.visible(By.id("receiveForm:supplier")).sendKeys("Henry Schein");
            b.driver.findElement(By.id("receiveForm:invoiceNumber")).sendKeys("INV-" + lot);
            b.driver.findElement(By.id("receiveForm:ndc")).sendKeys("0040920530");
            b.driver.findElement(By.id("receiveForm:lot")).sendKeys(lot);
            b.driver.findElement(By.id("receiveForm:expiresOn_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ESCAPE);
            WebElement count = b.driver.findElement(By.id("receiveForm:vials"));
            count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
            b.driver.findElement(By.id("receiveForm:receive")).click();
            b.waitForText(By.id("receiveForm"), "The NDC must have 11 digits in the 5-4-2 form");
            WebElement ndc = b.driver.findElement(By.id("receiveForm:ndc"));
            ndc.clear();
            ndc.sendKeys("00409-2053-05");
            b.driver.findElement(By.id("receiveForm:receive")).click();
            b.waitForText(By.id("messages"), "Received 2 vials of lot " + lot);
            assertThat(b.text(By.id("stockForm:stockTable"))).contains(lot + "-01", lot + "-02", "500 mg · 10 mL");

            new Select(b.driver.findElement(By.id("drawForm:vialId"))).selectByVisibleText(lot + "-01 — 500 mg left");
            b.driver.findElement(By.id("drawForm:mrn")).sendKeys(mrn);
            b.driver.findElement(By.id("drawForm:drawnMg")).sendKeys("80");
            b.driver.findElement(By.id("drawForm:administeredMg")).sendKeys("70");
            WebElement wasted = b.driver.findElement(By.id("drawForm:wastedMg"));
            wasted.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
            b.driver.findElement(By.id("drawForm:witness")).sendKeys("nurse");
            b.driver.findElement(By.id("drawForm:recordDraw")).click();
            b.waitForText(By.id("drawForm"), "The witness must be someone other than the person who drew the dose.");
            WebElement witness = b.driver.findElement(By.id("drawForm:witness"));
            witness.clear();
            witness.sendKeys("physician");
            b.driver.findElement(By.id("drawForm:password")).sendKeys("demo");
            b.screenshot("register-draw");
            b.driver.findElement(By.id("drawForm:recordDraw")).click();
            b.waitForText(By.id("messages"), "the vial now holds 420 mg");
            assertThat(b.text(By.id("stockForm:stockTable"))).contains("420 mg · 8.4 mL");

            b.driver.findElement(By.xpath("//tr[contains(., '" + lot + "-01')]//button[normalize-space(.)='Ledger']")).click();
            b.waitForText(By.id("ledgerPanel"), "80 / 70 / 10 mg");
            assertThat(b.text(By.id("ledgerPanel"))).contains("receipt", "draw", "nurse / physician", "420 mg");
            b.screenshot("register-ledger");

            // the biennial inventory: every vial in stock counted by two people (the form opens when the count starts)
            assertThat(b.driver.findElements(By.cssSelector("input[id$=':counted']"))).isEmpty();
            b.driver.findElement(By.id("countForm:startCount")).click();
            b.visible(By.id("countForm:countTable"));
            assertThat(b.text(By.id("countForm:countTable"))).contains(lot + "-01", lot + "-02");
            for (WebElement input : b.driver.findElements(By.cssSelector("input[id$=':counted']"))) {
                String expected = input.findElement(By.xpath("./ancestor::tr/td[2]")).getText().replace(" mg", "");
                input.sendKeys(expected);
            }
            new Select(b.driver.findElement(By.id("countForm:countKind"))).selectByValue("BIENNIAL_CLOSE");
            b.driver.findElement(By.id("countForm:countWitness")).sendKeys("physician");
            b.driver.findElement(By.id("countForm:countPassword")).sendKeys("demo");
            b.screenshot("register-count");
            b.driver.findElement(By.id("countForm:recordCount")).click();
            b.waitForText(By.id("messages"), "every vial matches the register");
            b.visible(By.id("countForm:startCount"));
        }

        // the inventory report: CSV totals add up, and the PDF carries the same totals
        String countId = Suite.json(Suite.get("nurse", "/api/register/counts").body()).get(0).get("id").asText();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/register/report?format=csv&count=" + countId))
                .header("Authorization", "Bearer " + Suite.token("admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().strip().split("\n");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < lines.length - 1; i++) {
            sum = sum.add(new BigDecimal(lines[i].split(",")[4]));
        }
        String[] total = lines[lines.length - 1].split(",");
        assertThat(total[0]).isEqualTo("TOTAL");
        assertThat(new BigDecimal(total[4])).isEqualByComparingTo(sum);
        assertThat(csv.body()).contains(lot + "-01,00409-2053-05," + lot + ",420.00,420.00,0.00");

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(Suite.APP + "/register/report?format=pdf&count=" + countId))
                .header("Authorization", "Bearer " + Suite.token("admin")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Biennial inventory", "close of business", "Counted by nurse and physician",
                lot + "-01", "420.00", total[4]);
        assertThat(Suite.get("frontdesk", "/register/report?format=csv&count=" + countId).statusCode()).isEqualTo(403);
    }
}
