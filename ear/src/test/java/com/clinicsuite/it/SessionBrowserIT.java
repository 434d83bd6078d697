package com.clinicsuite.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions: the server's idle timeout is 15 minutes; a minute before it the page warns with a countdown and "Stay
 * signed in" keeps the session; at the timeout the page signs out, ending the Keycloak session too, so the next
 * page asks for the password again. (Idleness is simulated in the page; the server's timeout is read back.)
 */
class SessionBrowserIT {

    @Test
    void theIdleWarning_comesAMinuteBefore_stayingSignedInKeepsTheSession_andTheTimeoutSignsOut() {
        try (Browser b = new Browser().signIn("frontdesk")) {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            String ping = URI.create(Suite.APP).getPath() + "/session/ping";
            Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch('" + ping + "', {method: 'POST', credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);");
            assertThat(String.valueOf(answer)).contains("\"idleSeconds\":900");
            assertThat(b.driver.findElement(By.id("session-warning")).isDisplayed()).isFalse();

            js.executeScript("ClinicSession.idleFor(14 * 60 + 2);");
            b.visible(By.id("session-warning"));
            assertThat(b.text(By.id("session-warning"))).contains("Are you still there?", "signed out in");
            b.screenshot("session-timeout-warning");
            b.driver.findElement(By.id("stay-signed-in")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));

            js.executeScript("ClinicSession.idleFor(15 * 60 + 1);");
            b.wait.until(d -> d.getCurrentUrl().contains("goodbye") || d.getCurrentUrl().contains("/realms/"));
            b.open("/patients/list.xhtml");
            b.visible(By.id("username"));
        }
    }
}
