package com.clinicsuite.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script payloads stored in free-text fields (a note, a plan's goals, a counseling modality-free text, a search that
 * lands in the audit trail) are shown as text on every page that displays them; none runs.
 */
class XssBrowserIT {

    static final List<String> CORPUS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='img'\">",
            "<svg onload=\"window.__xss='svg'\"></svg>",
            "\"><script>window.__xss='attr'</script>",
            "javascript:window.__xss='href'",
            "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>");

    @Test
    void storedScriptPayloads_areShownAsText_andNeverRun() {
        String payload = String.join(" ", CORPUS);
        String json = Suite.JSON.valueToTree(payload).toString();
        JsonNode plan = PlanIT.start(PlanIT.eligiblePatient());
        String patient = plan.get("patientId").asText();
        PlanIT.ok(Suite.post("physician", "/api/charts/" + patient + "/notes", "{\"kind\":\"PROGRESS\",\"text\":" + json + "}"));
        PlanIT.ok(Suite.put("physician", PlanIT.path(plan, "/goals"), "{\"nrsTargetPercent\":30,\"functionGoal\":" + json + ",\"moodGoal\":" + json + "}"));
        Suite.get("physician", "/api/patients?q=" + Suite.enc("<script>window.__xss='search'</script>"));

        try (Browser b = new Browser().signIn("physician")) {
            for (String page : List.of("/patients/chart.xhtml?id=" + patient, "/patients/plan.xhtml?id=" + plan.get("id").asText(),
                    "/patients/plan-print.xhtml?id=" + plan.get("id").asText())) {
                b.open(page);
                b.visible(By.tagName("h1"));
                b.awaitAjax();
                assertThat(((JavascriptExecutor) b.driver).executeScript("return window.__xss || null")).as(page).isNull();
                assertThat(b.driver.findElement(By.tagName("body")).getText()).as(page).contains("<script>window.__xss='script'</script>");
            }
            b.screenshot("xss-shown-as-text");
        }
        try (Browser b = new Browser().signIn("admin")) {
            b.open("/admin/audit.xhtml");
            b.visible(By.id("auditForm:action")).sendKeys("patient.list");
            b.driver.findElement(By.id("auditForm:search")).click();
            b.waitForText(By.id("auditForm:entries"), "window.__xss='search'");
            assertThat(((JavascriptExecutor) b.driver).executeScript("return window.__xss || null")).isNull();
        }
    }
}
