package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The public transparency dashboard as a visitor sees it on a phone (390 px) and a computer
 * (1366 px), over the demo's year of Metepec reports: a preset, a range of dates and a service, the
 * map and the tables, axe, a refused range (400, its message beside the field), an unknown
 * municipality (404), and the page's numbers against the JSON and the staff queue.
 */
class TransparencyIT extends SharedBrowser {

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The first whole number of a text ("3,000 reportes" -> 3000). */
    private static long number(String text) {
        Matcher m = Pattern.compile("\\d[\\d,. ]*").matcher(text);
        assertTrue(m.find(), text);
        return Long.parseLong(m.group().replaceAll("[^\\d]", ""));
    }

    private static long jsonTotal(String body) {
        Matcher m = Pattern.compile("\"totals\":\\{\"total\":(\\d+)").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    @Test
    void theDashboardOnAComputerWithItsMapTablesAndFilters() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open("/");
        browser.clickAndWait("#home-transparency");
        assertEquals("/transparencia", browser.path());
        assertEquals("Transparencia: H. Ayuntamiento de Metepec", browser.text("h1"));
        assertTrue(browser.find("#periodo-12m").isSelected(), "the last twelve months by default");
        assertTrue(
                browser.text("#most-demanded").startsWith("El servicio más solicitado es Bacheo, con "),
                browser.text("#most-demanded"));
        assertTrue(browser.text("#dashboard-updated").matches("Actualizado a las \\d\\d:\\d\\d"));
        assertEquals(27, browser.all("#service-table tbody tr").size(), "the demo's year touches every service");
        assertTrue(browser.all("#colonia-table tbody tr").size() > 20);
        browser.waitUntil("the map's circles", java.time.Duration.ofSeconds(10), () -> !browser.all(
                        "#colonia-map path.leaflet-interactive")
                .isEmpty());
        assertFalse(browser.all("#trend-chart canvas").isEmpty(), "the chart");
        int months = browser.all("#trend-table tbody tr").size();
        assertTrue(months == 12 || months == 13, "twelve months, the first and last perhaps partial: " + months);
        browser.assertAccessible();
        browser.screenshot("transparencia-desktop");
        for (String part : new String[] {"headline", "trend", "services", "territory", "meaning"}) {
            script("document.getElementById('" + part + "').scrollIntoView()");
            browser.screenshot("transparencia-desktop-" + part);
        }

        // sorting a table by name
        browser.click("#service-table thead th:first-child button");
        assertEquals("ascending", browser.attribute("#service-table thead th:first-child", "aria-sort"));
        assertEquals("Alumbrado público", browser.text("#service-table tbody tr:first-child th"));

        // a preset
        browser.click("#periodo-30d").clickAndWait("#filter-submit");
        assertTrue(browser.path().startsWith("/transparencia/MET?periodo=30d"), browser.path());
        assertTrue(browser.all("#trend-table tbody tr").size() >= 4, "weeks");
        assertTrue(browser.text("#trend-title").contains("semana"));

        // a range of dates and a service, and the same figures in the JSON
        String json = get("/api/transparencia/MET?periodo=todo").body();
        Matcher first = Pattern.compile("\"from\":\"(\\d{4}-\\d\\d-\\d\\d)\"").matcher(json);
        assertTrue(first.find());
        String from = first.group(1);
        String to = java.time.LocalDate.parse(from).plusMonths(3).toString();
        browser.click("#periodo-fechas");
        script("document.getElementById('desde').value = '" + from + "'; document.getElementById('hasta').value = '"
                + to + "';");
        browser.select("#servicio", "Bacheo").clickAndWait("#filter-submit");
        assertTrue(
                browser.path().contains("periodo=fechas") && browser.path().contains("servicio=bacheo"),
                browser.path());
        assertEquals(1, browser.all("#service-table tbody tr").size());
        assertEquals("Bacheo", browser.text("#service-table tbody th"));
        long pageTotal = number(browser.text("#fig-total"));
        assertEquals(
                jsonTotal(get("/api/transparencia/MET?desde=" + from + "&hasta=" + to + "&servicio=bacheo")
                        .body()),
                pageTotal);
        assertTrue(pageTotal > 20, "three months of bacheo: " + pageTotal);
        browser.screenshot("transparencia-filtered");

        // the card, framable by any site
        HttpResponse<String> card = get("/transparencia/MET/tarjeta");
        assertEquals(200, card.statusCode());
        assertTrue(
                card.headers().firstValue("Content-Security-Policy").orElse("").startsWith("frame-ancestors *;"));
        browser.open("/transparencia/MET/tarjeta");
        browser.assertAccessible();
        browser.screenshot("transparencia-card");
    }

    @Test
    void theTotalSinceTheStartIsTheStaffQueuesTotal() throws Exception {
        String json = get("/api/transparencia/MET?periodo=todo").body();
        Matcher first = Pattern.compile("\"from\":\"(\\d{4}-\\d\\d-\\d\\d)\",\"to\":\"(\\d{4}-\\d\\d-\\d\\d)\"")
                .matcher(json);
        assertTrue(first.find());
        browser.signIn("gerente", "demo");
        long queue = number(StaffQueuePage.open(browser).total());
        browser.signOut();
        // dates instead of the preset: figures of their own, computed now rather than up to a minute ago
        browser.open("/transparencia/MET?periodo=fechas&desde=" + first.group(1) + "&hasta=" + first.group(2));
        assertEquals(
                queue,
                number(browser.text("#fig-total")),
                "every report of Metepec, as the manager's queue counts them");
        assertTrue(queue >= 3000, "the demo's year: " + queue);
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/transparencia/MET");
            long width = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) script("return document.documentElement.clientWidth")).longValue();
            assertTrue(width <= viewport, "page " + width + " px wide in a " + viewport + " px window");
            browser.assertAccessible();
            browser.screenshot("transparencia-phone");
            for (String part :
                    new String[] {"headline", "compliance", "trend", "services", "territory", "colonia-table"}) {
                script("document.getElementById('" + part + "').scrollIntoView()");
                browser.screenshot("transparencia-phone-" + part);
            }
            browser.open("/transparencia/MET?idioma=en");
            assertEquals("Transparency: H. Ayuntamiento de Metepec", browser.text("h1"));
            browser.assertAccessible();
            browser.screenshot("transparencia-phone-en");
        } finally {
            browser.open("/transparencia/MET?idioma=es");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aBadRangeIs400WithItsMessageAndAnUnknownMunicipality404() throws Exception {
        String bad = "/transparencia/MET?periodo=fechas&desde=2026-05-01&hasta=2026-04-01";
        HttpResponse<String> response = get(bad);
        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("at org."), "no stack trace");
        browser.open(bad);
        assertEquals("La fecha final no puede ser anterior a la inicial.", browser.text("#hasta-error"));
        assertEquals("true", browser.attribute("#hasta", "aria-invalid"));
        assertTrue(browser.all("#headline").isEmpty(), "no figures for a refused filter");
        browser.assertAccessible();
        browser.screenshot("transparencia-bad-range");
        browser.open("/transparencia/MET?desde=ayer");
        assertTrue(browser.text("#desde-error").startsWith("Esa fecha no existe"));

        HttpResponse<String> unknown = get("/transparencia/XYZ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("No encontramos esa página"));
        assertEquals(404, get("/api/transparencia/XYZ").statusCode());
        assertEquals(400, get("/api/transparencia/MET?servicio=no-existe").statusCode());
    }
}
