package com.clinicsuite.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Debian's headless Chromium, driven through Debian's chromedriver; no browser is downloaded. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("clinic.screenshots", "target/screenshots"));

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("clinic-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("clinic.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("clinic.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens the app and signs in on the real Keycloak login page. */
    Browser signIn(String username) {
        driver.get(Suite.APP + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-title")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("After signing in as " + username + " the home page did not appear; at "
                    + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText(), e);
        }
        return this;
    }

    /** Opens a page and waits until the sections it loads after the page (deferred panels) are in. */
    void open(String path) {
        driver.get(Suite.APP + path);
        awaitAjax();
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until PrimeFaces has no AJAX request in flight, so elements it re-renders are not stale. */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.jQuery || (jQuery.active === 0 && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()));")));
    }

    /**
     * Picks a provider or a chair or room in a picker (a PrimeFaces autocomplete, {@code id} as on the page, e.g.
     * {@code bookForm:providerId}): types the name into its {@code _input} field and clicks the suggestion with exactly
     * that name, then waits for any AJAX the choice sends.
     */
    void pick(String id, String name) {
        visible(By.id(id + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        // the query runs after a short delay: wait for its answer, not for a list still open from earlier typing
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + " return !!w && !w.timeout && !w.querying && PrimeFaces.ajax.Queue.isEmpty();", id)));
        By item = By.xpath("//*[@id='" + id + "_panel']//*[contains(@class,'ui-autocomplete-item') and @data-item-label='" + name + "']");
        try {
            // a redrawn list replaces the suggestion found just before: look again
            wait.until(d -> {
                WebElement suggestion = d.findElement(item);
                if (!suggestion.isDisplayed()) {
                    return false;
                }
                suggestion.click();
                return true;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure-" + System.currentTimeMillis());
            throw new AssertionError("\"" + name + "\" was not suggested in " + id + ". The page shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        awaitAjax();
    }

    void waitForText(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure-" + System.currentTimeMillis());
            throw new AssertionError("\"" + text + "\" did not appear in " + by + ". The page shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        awaitAjax();
    }

    /**
     * The element's text once PrimeFaces AJAX has settled. A partial update can replace the element between
     * finding it and reading it, so a stale element is looked up again rather than failing the test.
     */
    String text(By by) {
        awaitAjax();
        return wait.until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** Saves a screenshot for the user guide (docs/user-guide/img). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
