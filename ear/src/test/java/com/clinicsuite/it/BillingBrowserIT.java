package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing in the browser: billing reviews and corrects a charge, invoices and issues it, posts a payment, and posts a
 * remittance on a claim; the front desk checks a patient in, sees the balance, sells a package and takes a payment
 * there. The PDFs (invoice, statement, superbill, estimate, CMS-1500) download and carry the right figures.
 */
class BillingBrowserIT {

    static String pdfText(String user, String path) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + path))
                .header("Authorization", "Bearer " + Suite.token(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(path).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void billingReviewsACharge_invoicesIt_andPostsAPayment() throws Exception {
        String patient = PlanIT.eligiblePatient();
        String visit = BillingIT.signedInfusion(patient);
        try (Browser b = new Browser().signIn("billing")) {
            b.driver.findElement(By.id("menu-charges")).click();
            b.visible(By.id("chargesForm:chargeTable"));
            b.open("/billing/charges.xhtml?patient=" + patient);
            b.waitForText(By.id("chargesForm:chargeTable"), "J3490");
            assertThat(b.text(By.id("chargesForm:chargeTable"))).contains("96365", "NDC 42023-0113-10", "G90.512", "SELF_PAY");
            b.screenshot("billing-charge-review");
            // correct the drug line's price, with a reason
            b.driver.findElements(By.cssSelector("#chargesForm\\:chargeTable button.correct")).get(1).click();
            b.visible(By.id("chargesForm:unitPrice")).clear();
            b.driver.findElement(By.id("chargesForm:unitPrice")).sendKeys("15.00");
            b.driver.findElement(By.id("chargesForm:saveCorrection")).click();
            b.waitForText(By.id("chargesForm"), "Say why the charge is corrected");
            b.driver.findElement(By.id("chargesForm:reason")).sendKeys("Contract price for this NDC");
            b.driver.findElement(By.id("chargesForm:saveCorrection")).click();
            b.waitForText(By.id("messages"), "Corrected: J3490 ×1 = 12.00");
            while (!b.driver.findElements(By.cssSelector("#chargesForm\\:chargeTable button.approve")).isEmpty()) {
                b.driver.findElements(By.cssSelector("#chargesForm\\:chargeTable button.approve")).get(0).click();
                b.waitForText(By.id("messages"), "Approved");
            }

            b.open("/billing/account.xhtml?patient=" + patient);
            b.waitForText(By.id("unbilled"), "262.00");
            b.driver.findElement(By.id("accountForm:draftInvoice")).click();
            b.waitForText(By.id("messages"), "Draft invoice of $262.00 with 2 line(s)");
            b.driver.findElement(By.cssSelector("#accountForm\\:invoiceTable button.issue")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("messages"), "issued; it can no longer change");
            assertThat(b.text(By.id("balance"))).isEqualTo("$262.00");
            new Select(b.driver.findElement(By.id("accountForm:method"))).selectByValue("CARD");
            b.driver.findElement(By.id("accountForm:amount")).sendKeys("200.00");
            b.driver.findElement(By.id("accountForm:reference")).sendKeys("4111 1111 1111 1111");
            b.driver.findElement(By.id("accountForm:pay")).click();
            b.waitForText(By.id("accountForm"), "That looks like a card number; card data is never stored");
            b.driver.findElement(By.id("accountForm:reference")).clear();
            b.driver.findElement(By.id("accountForm:reference")).sendKeys("TERM-8841");
            b.driver.findElement(By.id("accountForm:pay")).click();
            b.waitForText(By.id("messages"), "Payment of $200.00 by card recorded");
            assertThat(b.text(By.id("balance"))).isEqualTo("$62.00");
            assertThat(b.text(By.id("accountForm:ledgerTable"))).contains("card payment TERM-8841", "-200.00", "62.00");
            b.screenshot("billing-account");

            // AR aging: one page of patients, most owed first, summed in the database; a column header sorts it
            java.util.List<BigDecimal> owed = new java.util.ArrayList<>();
            for (JsonNode row : Suite.json(Suite.get("billing", "/api/billing/reports/aging").body())) {
                if (row.get("kind").asText().equals("PATIENT")) {
                    owed.add(row.get("total").decimalValue().setScale(2));
                }
            }
            owed.sort(null);
            b.driver.findElement(By.id("menu-billing-reports")).click();
            b.waitForText(By.id("aging-totals"), owed.size() + " patient(s) owe $" + owed.stream().reduce(BigDecimal.ZERO, BigDecimal::add) + ";");
            By firstRow = By.cssSelector("#reportsForm\\:agingTable_data tr:first-child");
            assertThat(b.text(firstRow)).endsWith("$" + owed.get(owed.size() - 1));
            assertThat(b.text(By.id("reportsForm:agingTable_paginator_bottom"))).contains("of " + owed.size());
            assertThat(b.driver.findElements(By.cssSelector("#reportsForm\\:agingTable_data tr"))).hasSize(Math.min(25, owed.size()));
            b.screenshot("billing-ar-aging");
            // revenue by service line this month, summed by the database: each line's count and amount as SQL sums them
            try (java.sql.Connection db = Suite.database(); java.sql.Statement st = db.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT service_line, count(*), sum(amount) FROM billing.charge WHERE service_date BETWEEN date_trunc('month', current_date)::date"
                            + " AND current_date AND status <> 'VOID' AND route <> 'PACKAGE' GROUP BY 1")) {
                String revenue = b.text(By.id("reportsForm:revenueTable"));
                int lines = 0;
                while (rs.next()) {
                    assertThat(revenue).contains(rs.getString(1) + " " + rs.getLong(2) + " $" + rs.getBigDecimal(3).setScale(2));
                    lines++;
                }
                if (lines == 0) { // a fresh database may have no charge dated this month yet (the visits above may be dated otherwise)
                    assertThat(revenue).contains("No charges in this period.");
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            b.driver.findElement(By.xpath("//*[@id='reportsForm:agingTable']//thead//th[.//span[text()='Total']]")).click();
            b.awaitAjax();
            assertThat(b.text(firstRow)).endsWith("$" + owed.get(0));
        }
        JsonNode account = Suite.json(Suite.get("billing", "/api/billing/accounts/" + patient).body());
        String invoiceId = account.get("invoices").get(0).get("id").asText();
        String number = account.get("invoices").get(0).get("number").asText();
        assertThat(pdfText("frontdesk", "/billing/document?kind=invoice&id=" + invoiceId)).contains("Invoice no. " + number, "96365", "$250.00",
                "$12.00", "Total due", "$62.00");
        assertThat(pdfText("frontdesk", "/billing/document?kind=statement&patient=" + patient)).contains("Statement for", "$62.00");
        assertThat(pdfText("billing", "/billing/document?kind=superbill&patient=" + patient + "&from=2020-01-01&to=2099-12-31"))
                .contains("Superbill", "NPI 1234567893", "G90.512", "96365", "NDC 42023-0113-10");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Suite.APP + "/billing/document?kind=invoice&id=" + invoiceId))
                .header("Authorization", "Bearer " + Suite.token("nurse")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(visit).isNotBlank();
    }

    @Test
    void frontDeskChecksAPatientIn_seesTheBalance_sellsAPackage_andTakesAPayment() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String nurse = PlanIT.provider("fd-rn-" + s, "Nurse Desk " + s, "NURSE");
        String chair = PlanIT.resource("Desk chair " + s, "INFUSION_CHAIR");
        String patient = PlanIT.eligiblePatient();
        PlanIT.signedIvPlan(patient, PlanIT.provider("fd-md-" + s, "Dr Desk " + s, "PHYSICIAN"), 6);
        String name = Suite.json(Suite.get("frontdesk", "/api/patients/" + patient).body()).get("familyName").asText();
        java.time.LocalDateTime soon = java.time.LocalDateTime.now().plusMinutes(20).truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
        if (soon.getHour() >= 22) {
            soon = soon.plusHours(3);
        }
        PlanIT.ok(Suite.post("frontdesk", "/api/scheduling/appointments", "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + nurse
                + "\",\"resourceId\":\"" + chair + "\",\"typeCode\":\"INFUSION_60\",\"startsAt\":\"" + soon + "\"}"));
        try (Browser b = new Browser().signIn("frontdesk")) {
            b.open("/schedule/day.xhtml");
            if (!soon.toLocalDate().equals(java.time.LocalDate.now())) {
                b.driver.findElement(By.id("dayForm:nextDay")).click();
            }
            b.waitForText(By.id("dayForm:appointments"), name);
            b.driver.findElement(By.xpath("//tr[contains(., '" + name + "')]//button[contains(., 'Check in')]")).click();
            b.waitForText(By.id("messages"), "Checked in. Nothing is owed.");
            assertThat(b.driver.findElement(By.id("day-close-pdf")).getAttribute("href")).contains("name=dayclose", "format=pdf");
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("window.scrollTo(0, 0)");
            b.screenshot("frontdesk-check-in-balance");
            b.driver.findElement(By.xpath("//tr[contains(., '" + name + "')]//a[contains(., 'Take payment')]")).click();
            new Select(b.visible(By.id("accountForm:product"))).selectByIndex(1);
            b.driver.findElement(By.id("accountForm:sellPackage")).click();
            b.waitForText(By.id("messages"), "Induction series: 6 infusions sold");
            assertThat(b.text(By.id("balance"))).isEqualTo("$2400.00");
            assertThat(b.text(By.id("accountForm:packageTable"))).contains("6 of 6");
            new Select(b.driver.findElement(By.id("accountForm:method"))).selectByValue("CASH");
            b.driver.findElement(By.id("accountForm:amount")).sendKeys("400");
            b.driver.findElement(By.id("accountForm:pay")).click();
            b.waitForText(By.id("messages"), "Payment of $400.00 by cash recorded");
            assertThat(b.text(By.id("balance"))).isEqualTo("$2000.00");
            assertThat(b.driver.findElements(By.id("accountForm:draftInvoice"))).as("front desk cannot invoice charges").isEmpty();
            b.driver.findElement(By.id("accountForm:issueEstimate")).click();
            b.waitForText(By.id("messages"), "Good Faith Estimate of $");
            b.screenshot("frontdesk-account-package");
            assertThat(b.driver.findElements(By.id("menu-charges"))).isEmpty();
            b.open("/billing/charges.xhtml");
            assertThat(b.driver.getPageSource()).containsAnyOf("403", "not allowed", "Not allowed", "Forbidden");
        }
        JsonNode account = Suite.json(Suite.get("frontdesk", "/api/billing/accounts/" + patient).body());
        String estimate = account.get("estimates").get(0).get("id").asText();
        assertThat(pdfText("frontdesk", "/billing/document?kind=estimate&id=" + estimate)).contains("Good Faith Estimate", "96365", "$400 or more",
                "120 days", "Total estimate");
        // the one billing fact clinicians see: the package sessions left, on the chart
        try (Browser b = new Browser().signIn("physician")) {
            b.open("/patients/chart.xhtml?id=" + patient);
            b.waitForText(By.id("package-sessions"), "6 of 6 sessions left");
        }
        // the day close the desk prints from the schedule counts the cash just taken, under the desk's name
        assertThat(pdfText("frontdesk", "/billing/document?kind=report&name=dayclose&format=pdf&to=" + java.time.LocalDate.now()))
                .contains("CASH", "taken by frontdesk");
    }

    @Test
    void billingPostsARemittance_andTheCms1500Prints() throws Exception {
        String s = Long.toString(System.nanoTime(), 36);
        String patient = BillingIT.insured(PlanIT.eligiblePatient(), BillingIT.MEDICARE, "1EG" + s.toUpperCase());
        String visit = BillingIT.signedInfusion(patient);
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/visits/" + visit + "/charges").body())) {
            PlanIT.ok(Suite.post("billing", "/api/billing/charges/" + c.get("id").asText() + "/approval?version=" + c.get("version").asLong(), ""));
        }
        try (Browser b = new Browser().signIn("billing")) {
            b.driver.findElement(By.id("menu-claims")).click();
            b.visible(By.id("claimsForm:createClaims")).click();
            b.waitForText(By.id("messages"), "claim(s) created");
            b.driver.findElement(By.xpath("//button[contains(., 'Send drafts to Medicare Part B (J6)')]")).click();
            b.waitForText(By.id("messages"), "in 837P interchange");
            assertThat(b.text(By.id("claimsForm"))).contains("837P-06102-");
            String family = Suite.json(Suite.get("billing", "/api/patients/" + patient).body()).get("familyName").asText();
            b.driver.findElement(By.xpath("//tr[contains(., '" + family + "')]//button[contains(., 'Answer')]")).click();
            b.visible(By.id("claimsForm:paid")).sendKeys("180.00");
            b.driver.findElement(By.id("claimsForm:contractual")).sendKeys("60.00");
            b.driver.findElement(By.id("claimsForm:patientPart")).sendKeys("10.00");
            b.driver.findElement(By.id("claimsForm:remit")).click();
            b.waitForText(By.id("claimsForm"), "must equal the claim total $274.00");
            b.driver.findElement(By.id("claimsForm:patientPart")).clear();
            b.driver.findElement(By.id("claimsForm:patientPart")).sendKeys("34.00");
            b.driver.findElement(By.id("claimsForm:remit")).click();
            b.waitForText(By.id("messages"), "$34.00 invoiced to the patient");
            b.screenshot("billing-claims");
        }
        JsonNode claim = null;
        for (JsonNode c : Suite.json(Suite.get("billing", "/api/billing/claims").body())) {
            if (c.get("patientId").asText().equals(patient)) {
                claim = c;
            }
        }
        assertThat(claim.get("status").asText()).isEqualTo("PARTLY_PAID");
        assertThat(pdfText("billing", "/billing/document?kind=cms1500&claim=" + claim.get("id").asText()))
                .contains("1EG" + s.toUpperCase(), "96365", "J3490", "42023011310");
        assertThat(Suite.json(Suite.get("frontdesk", "/api/billing/accounts/" + patient).body()).get("balance").decimalValue())
                .isEqualByComparingTo("34.00");
    }
}
