package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * /transparencia/participacion ("Encuesta y visitas") against the running EAR: a phone's and a
 * computer's Chromium (each with its own User-Agent) read public pages, a search robot too; the
 * server flushes its page-view counts every 2 seconds (PUENTE_VISITS_FLUSH_SECONDS in this build),
 * and the page shows the phone's and the computer's views, not the robot's nor this test's own
 * headless browser's. The survey section shows the demo's answered surveys, as many as the database
 * holds. Screenshots at 390 and 1366 px; axe on both.
 */
class ParticipationIT extends SharedBrowser {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
    private static final String COMPUTER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80";
    private static final String PAGE = "/transparencia/participacion?periodo=30d";
    private static final ZoneId METEPEC = ZoneId.of("America/Mexico_City");

    @Test
    void aPhonesAndAComputersVisitsShowOnTheParticipationPage() throws Exception {
        browser.open(PAGE);
        Map<String, Long> devices = table("#visitas-dispositivo");
        Map<String, Long> systems = table("#visitas-sistema");
        Map<String, Long> browsers = table("#visitas-navegador");

        try (Browser phone = new Browser("--user-agent=" + PHONE)) {
            phone.open("/");
            phone.open("/agenda");
        }
        try (Browser computer = new Browser("--user-agent=" + COMPUTER)) {
            computer.open("/reportar");
        }
        HttpResponse<String> robot = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/"))
                                .header(
                                        "User-Agent",
                                        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, robot.statusCode());

        long phonesBefore = devices.getOrDefault("Teléfono", 0L);
        browser.waitUntil("the phone's two views on the page", Duration.ofSeconds(45), () -> {
            browser.open(PAGE);
            return table("#visitas-dispositivo").getOrDefault("Teléfono", 0L) >= phonesBefore + 2
                    && table("#visitas-dispositivo").getOrDefault("Computadora", 0L)
                            >= devices.getOrDefault("Computadora", 0L) + 1;
        });
        Map<String, Long> devicesAfter = table("#visitas-dispositivo");
        assertEquals(phonesBefore + 2, devicesAfter.get("Teléfono"));
        assertEquals(
                devices.getOrDefault("Computadora", 0L) + 1,
                devicesAfter.get("Computadora"),
                "the computer's one view; neither the robot's nor this headless browser's");
        assertEquals(devices.getOrDefault("Tableta", 0L), devicesAfter.getOrDefault("Tableta", 0L));
        assertEquals(
                systems.getOrDefault("Android", 0L) + 2,
                table("#visitas-sistema").get("Android"));
        assertEquals(
                systems.getOrDefault("Windows", 0L) + 1,
                table("#visitas-sistema").get("Windows"));
        assertEquals(
                browsers.getOrDefault("Edge", 0L) + 1,
                table("#visitas-navegador").get("Edge"));
        assertEquals(
                browsers.getOrDefault("Chrome", 0L) + 2,
                table("#visitas-navegador").get("Chrome"));

        LocalDate today = LocalDate.now(METEPEC);
        try (Connection c = TestDatabase.connect()) {
            assertEquals(
                    devicesAfter.get("Teléfono"),
                    TestDatabase.id(
                            c,
                            "select coalesce(sum(views), 0)"
                                    + " from page_view_count where device = 'PHONE' and view_day >= ?",
                            today.minusDays(29)),
                    "the page's figure is the database's");
            assertEquals(
                    0,
                    TestDatabase.id(
                            c,
                            "select count(*) from page_view_count where page_path like '/staff%'"
                                    + " or page_path like '/api%' or page_path like '%.css'"));
        }
        assertTrue(browser.pageText().contains("no guarda la dirección IP"), "how the views are counted");
        assertFalse(
                browser.driver().manage().getCookies().stream()
                        .anyMatch(k -> !k.getName().equals("JSESSIONID")),
                "no cookie but the session's");

        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.open(PAGE);
            browser.assertAccessible();
            browser.screenshot("participation");
            shotOf("#visitas", "participation-visits");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(PAGE);
            browser.assertAccessible();
            browser.screenshot("participation-phone");
            shotOf("#encuesta", "participation-survey-phone");
            shotOf("#visitas", "participation-visits-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theDemosSurveysShowAsManyAsTheDatabaseHolds() throws Exception {
        browser.open("/transparencia/participacion?periodo=12m");
        LocalDate today = LocalDate.now(METEPEC);
        long answered;
        try (Connection c = TestDatabase.connect()) {
            answered = TestDatabase.id(
                    c,
                    "select count(*) from survey_response s join service_report r on r.id = s.report_id"
                            + " join body b on b.id = r.body_id where b.code = 'MET' and r.received_at >= ?",
                    today.minusMonths(12).plusDays(1).atStartOfDay(METEPEC).toOffsetDateTime());
        }
        assertTrue(answered >= 5, "the demo's year holds surveys: " + answered);
        assertEquals(
                String.format(java.util.Locale.US, "Encuestas contestadas: %,d.", answered),
                browser.text("#encuesta-total"));
        assertTrue(browser.pageText().contains("¿Conocías nuestro servicio de reporte *7311?"));
        assertEquals(4, browser.all(".tp-question").size(), "four questions with fixed answers");
        browser.click("#pregunta-ACCOUNTABILITY details summary");
        browser.waitUntil(
                "the table by service",
                Duration.ofSeconds(5),
                () -> browser.find("#pregunta-ACCOUNTABILITY details").getAttribute("open") != null);
        browser.assertAccessible();
        shotOf("#pregunta-ACCOUNTABILITY", "participation-survey-by-service");

        browser.select("#servicio", "Bacheo");
        browser.clickAndWait("#filtro-ver");
        assertTrue(browser.path().contains("servicio=bacheo")
                || browser.driver().getCurrentUrl().contains("servicio=bacheo"));
        assertEquals("Bacheo", browser.selected("#servicio"));
        assertTrue(browser.find("#encuesta").isDisplayed());

        browser.open("/transparencia/participacion?desde=2026-13-01");
        assertTrue(browser.text("#desde-error").contains("Esa fecha no existe"), browser.pageText());
        browser.assertAccessible();
    }

    /** A screenshot of the window scrolled to the section's top. */
    private static void shotOf(String css, String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
        browser.screenshot(name);
    }

    /** A table's row headers and their first figure, e.g. {"Teléfono": 12, ...}; empty when the section has none. */
    private static Map<String, Long> table(String css) {
        Map<String, Long> counts = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector(css + " tbody tr"))) {
            String label = row.findElement(By.tagName("th")).getText().strip();
            String figure = row.findElement(By.cssSelector("td")).getText().replaceAll("[^0-9]", "");
            counts.put(label, Long.parseLong(figure));
        }
        return counts;
    }
}
