package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, nothing downloaded) on the
 * running Puente, with the steps people take: open a page, sign in, look at it, check it with axe.
 */
final class Browser implements AutoCloseable {

    static final String BASE_URL = System.getProperty("puente.baseUrl", "http://localhost:8080");
    static final Path SCREENSHOTS = Path.of(System.getProperty("puente.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        this(new String[0]);
    }

    /** A Chromium with arguments of its own, e.g. {@code --user-agent=...} to pass for a phone's browser. */
    Browser(String... extraArguments) {
        try {
            profile = Files.createTempDirectory("puente-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=es-MX",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Runs an interaction with the page, again (finding its element anew) when Chromium answers that
     * the node left the document: with Chromium 156 this happens now and then right after a page
     * load, and it says nothing about Puente.
     */
    private <T> T retry(java.util.function.Supplier<T> interaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return interaction.get();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!isDetachment(e) || attempt == 5) {
                    throw e;
                }
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete"
                        .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            }
        }
    }

    /**
     * ChromeDriver 156 reports an element of a page that was replaced either as stale or as "Node
     * with given id does not belong to the document"; both mean the same.
     */
    private static boolean isDetachment(org.openqa.selenium.WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** True once the element's page has been replaced (what stalenessOf checks, with both answers). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (isDetachment(e)) {
                return true;
            }
            throw e;
        }
    }

    Browser click(String css) {
        return retry(() -> {
            find(css).click();
            return this;
        });
    }

    Browser keys(String css, CharSequence... keys) {
        return retry(() -> {
            find(css).sendKeys(keys);
            return this;
        });
    }

    String attribute(String css, String name) {
        return retry(() -> find(css).getAttribute(name));
    }

    Browser select(String css, String visibleText) {
        return retry(() -> {
            new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
            return this;
        });
    }

    /** Chooses an option of a select by its value (not its text). */
    Browser selectValue(String css, String value) {
        return retry(() -> {
            new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
            return this;
        });
    }

    /** Chooses the first option of a select whose text starts so; fails naming the select when there is none. */
    Browser selectStartingWith(String css, String textStart) {
        return retry(() -> {
            new org.openqa.selenium.support.ui.Select(find(css))
                    .getOptions().stream()
                            .filter(o -> o.getText().startsWith(textStart))
                            .findFirst()
                            .orElseThrow(
                                    () -> new AssertionError("no option starting with " + textStart + " in " + css))
                            .click();
            return this;
        });
    }

    /** The value of a select's chosen option. */
    String selectedValue(String css) {
        return retry(() -> new org.openqa.selenium.support.ui.Select(find(css))
                .getFirstSelectedOption()
                .getAttribute("value"));
    }

    /** Sets a date field's value as the browser sends it (typing into a date field depends on the locale). */
    Browser date(String css, java.time.LocalDate date) {
        return retry(() -> {
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                            find(css),
                            date.toString());
            return this;
        });
    }

    String selected(String css) {
        return retry(() -> new org.openqa.selenium.support.ui.Select(find(css))
                .getFirstSelectedOption()
                .getText());
    }

    /** Opens the address and waits until the page it ends on (after any redirect) has loaded. */
    Browser open(String path) {
        driver.get(BASE_URL + path);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Object state = ((JavascriptExecutor) d)
                    .executeScript(
                            "return location.href !== 'about:blank' && document.body !== null ? document.readyState : 'loading'");
            return "complete".equals(state);
        });
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(BASE_URL.length());
    }

    /** This browser's cookies as a Cookie header, for a plain HTTP call made in its session. */
    String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** An attribute of every element found, read again if Chromium swaps the page meanwhile. */
    List<String> attributes(String css, String attribute) {
        return retry(() -> all(css).stream().map(e -> e.getAttribute(attribute)).toList());
    }

    String text(String css) {
        return retry(() -> find(css).getText());
    }

    String pageText() {
        return text("body");
    }

    Browser type(String css, String value) {
        return retry(() -> {
            WebElement input = find(css);
            input.clear();
            input.sendKeys(value);
            return this;
        });
    }

    /** Clicks and waits until the next page (after any redirect) has loaded. */
    Browser clickAndWait(String css) {
        WebElement element = retry(() -> {
            WebElement e = find(css);
            e.click();
            return e;
        });
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> isGone(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Signs in on the login page ({@link LoginPage}); the browser shows wherever the server sent it. */
    Browser signIn(String username, String password) {
        return LoginPage.open(this).signIn(username, password);
    }

    Browser signOut() {
        return clickAndWait("#logout input[type=submit]");
    }

    /**
     * Waits for a condition of the page; on a timeout fails naming what was awaited, the address,
     * the page's text and a screenshot, so that a failure on CI can be read without rerunning it.
     */
    void waitUntil(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, timeout)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(
                    "Waited " + timeout.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
                            + " (screenshot " + shot + "); the page says:\n" + pageText(),
                    e);
        }
    }

    /**
     * Starts counting the page's JSF Ajax requests (Mojarra's {@code faces.ajax} events): begun, finished,
     * and the errors with their status and response, so that a test can wait for the page to be idle and
     * a lost or failed request is named instead of timing out silently. Call again after a full page load.
     */
    void trackAjax() {
        ((JavascriptExecutor) driver)
                .executeScript("if (window.__puenteAjax) return;"
                        + "window.__puenteAjax = {pending: 0, errors: []};"
                        + "var api = window.faces && faces.ajax ? faces.ajax : (window.jsf && jsf.ajax ? jsf.ajax : null);"
                        + "if (!api) return;"
                        + "api.addOnEvent(function (d) {"
                        + "  if (d.status === 'begin') { window.__puenteAjax.pending++; window.__puenteAjax.begun = (window.__puenteAjax.begun || 0) + 1; }"
                        + "  if (d.status === 'success') window.__puenteAjax.pending--; });"
                        + "api.addOnError(function (d) { window.__puenteAjax.pending = Math.max(0, window.__puenteAjax.pending - 1);"
                        + "  window.__puenteAjax.errors.push(d.status + ' ' + d.responseCode + ' ' + d.errorName + ' '"
                        + "    + d.errorMessage + ' ' + String(d.responseText).substring(0, 500)); });");
    }

    /**
     * Clicks a JSF Ajax button and waits for what its answer shows; when nothing was even sent after 10 s
     * (no Ajax request began: seen on the staff-account form now and then, right after another Ajax
     * update of the same form, cause not found yet), clicks once more, as a person would, and says so.
     */
    void clickAjax(String css, String what, java.util.function.BooleanSupplier answered) {
        Object before = ((JavascriptExecutor) driver)
                .executeScript("return window.__puenteAjax ? window.__puenteAjax.begun || 0 : -1;");
        click(css);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> answered.getAsBoolean());
            return;
        } catch (org.openqa.selenium.TimeoutException e) {
            Object after = ((JavascriptExecutor) driver)
                    .executeScript("return window.__puenteAjax ? window.__puenteAjax.begun || 0 : -1;");
            System.err.println("[Browser] " + what + ": no answer 10 s after the click (Ajax requests begun before "
                    + before + ", after " + after + "); clicking again");
        }
        click(css);
        waitUntil(what, Duration.ofSeconds(30), answered);
    }

    /** Waits until no JSF Ajax request of the page is under way; fails naming any that failed. */
    void awaitAjax(String what) {
        waitUntil(what, Duration.ofSeconds(30), () -> {
            Object pending = ((JavascriptExecutor) driver)
                    .executeScript("return window.__puenteAjax ? window.__puenteAjax.pending : 0;");
            return ((Number) pending).intValue() <= 0;
        });
        Object errors = ((JavascriptExecutor) driver)
                .executeScript("return window.__puenteAjax ? window.__puenteAjax.errors.join(' | ') : '';");
        if (errors != null && !errors.toString().isEmpty()) {
            throw new AssertionError("A JSF Ajax request failed during " + what + ": " + errors);
        }
    }

    /** Saves a PNG under target/screenshots-*, for a person to open and look at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same page in a phone-sized window (390 × 844, an ordinary smartphone). */
    Path phoneScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Runs axe-core on the page and fails on any violation, naming each rule and where. */
    void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " violation(s) on " + path() + ":\n"
                    + violations.stream()
                            .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                    + v.getNodes().stream()
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
        assertTrue(results.getPasses().size() > 10, "axe ran its rules on " + path());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
