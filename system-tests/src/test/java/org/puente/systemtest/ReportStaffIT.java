package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff side of service reports: phone intake, near duplicates, access by department, export, bulk work, catalogue. */
class ReportStaffIT {

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** Files a report on the operator's phone intake with the keyboard only; returns its folio. */
    private String phoneIntake(String service, String colonia, String street, String description) {
        browser.open("/staff/atender");
        browser.keys("#report\\:service", service);
        browser.keys("#report\\:description", description);
        browser.keys("#report\\:colonia", colonia);
        browser.keys("#report\\:street", street);
        browser.keys("#report\\:contactPhone", "7221234567");
        browser.keys("#report\\:privacyConsent", Keys.SPACE);
        browser.clickAndWait("#report\\:submit");
        if (!browser.all("#similar").isEmpty()) {
            browser.clickAndWait("#report\\:submit");
        }
        assertEquals("/staff/atender-enviado", browser.path(), browser.pageText());
        return browser.text("#folio");
    }

    private HttpResponse<String> as(String url) {
        try {
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET with the browser's session. */
    private int statusAs(String url) {
        return as(url).statusCode();
    }

    private String reportUrl(String folio) {
        browser.open("/staff/reportes");
        browser.type("#queue\\:folio", folio);
        browser.click("#queue\\:apply");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.all("#queue\\:table tbody tr a").size() == 1 && browser.pageText().contains(folio));
        return browser.attribute("#queue\\:table tbody tr a", "href");
    }

    @Test
    void theOperatorFilesACallQuicklyAndAnAgentOfAnotherDepartmentIsRefused() {
        browser.signIn("operador", "demo");
        long start = System.nanoTime();
        String folio = phoneIntake("Alumbrado público", "Casa Blanca", "Calle Morelos " + UUID.randomUUID().toString().substring(0, 6),
                "Luminaria apagada en la esquina");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "a caller's report in under a minute");
        browser.screenshot("phone-intake-sent");
        browser.signOut();

        browser.signIn("gerente", "demo");
        String url = reportUrl(folio);
        browser.signOut();

        browser.signIn("agente", "demo");
        browser.driver().get(url);
        assertEquals("No tienes acceso a esta página", browser.text("h1"), "alumbrado belongs to Servicios Públicos");
        assertEquals(403, statusAs(url), "the server refuses, not only the page");
        String id = url.substring(url.indexOf("id=") + 3);
        HttpResponse<String> csv = as(Browser.BASE_URL + "/staff/reportes.csv?folio=" + folio);
        assertEquals(200, csv.statusCode());
        assertFalse(csv.body().contains(folio), "the agent's CSV export leaves the other department's report out");
        assertEquals(403, statusAs(Browser.BASE_URL + "/staff/foto?reporte=" + id + "&foto=1"), "no photo of it either");
        browser.open("/staff/reportes");
        browser.type("#queue\\:folio", folio);
        browser.click("#queue\\:apply");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.pageText().contains("No hay reportes con estos filtros."));
    }

    @Test
    void aSecondReportOfTheSameProblemIsOfferedTheFirstFolio() {
        String street = "Calle Hidalgo " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("operador", "demo");
        String first = phoneIntake("Fugas de agua", "Pilares", street, "Fuga en la banqueta");
        browser.open("/staff/atender");
        browser.keys("#report\\:service", "Fugas de agua");
        browser.keys("#report\\:description", "Sale agua de la banqueta");
        browser.keys("#report\\:colonia", "Pilares");
        browser.keys("#report\\:street", street);
        browser.keys("#report\\:privacyConsent", Keys.SPACE);
        browser.clickAndWait("#report\\:submit");
        assertTrue(browser.text("#similar").contains(first), "the open report nearby is offered: " + browser.pageText());
        assertEquals("Es otro problema: registrar el reporte", browser.attribute("#report\\:submit", "value"));
        browser.screenshot("near-duplicate");
    }

    @Test
    void theManagerExportsTheQueueAndReassignsInBulk() throws Exception {
        browser.signIn("operador", "demo");
        String folio = phoneIntake("Bacheo", "Llano Grande", "Camino Real " + UUID.randomUUID().toString().substring(0, 6),
                "Bache en el carril derecho");
        browser.signOut();

        browser.signIn("gerente", "demo");
        reportUrl(folio);
        browser.screenshot("queue-manager");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Browser.BASE_URL + "/staff/reportes.csv?folio=" + folio))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("folio,servicio,colonia") && csv.body().contains(folio), csv.body());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.BASE_URL + "/staff/reportes.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(anonymous.body().contains(folio), "no export without signing in");

        browser.click("#queue\\:table tbody tr .ui-chkbox-box, #queue\\:table tbody tr input[type=checkbox]");
        browser.select("#queue\\:target", "Dirección de Servicios Públicos");
        browser.clickAndWait("#queue\\:reassign");
        assertTrue(browser.pageText().contains("Se reasignaron 1 reportes."), browser.pageText());
        browser.driver().get(reportUrl(folio));
        assertEquals("Dirección de Servicios Públicos", browser.text("#department"));
    }

    @Test
    void theAdministratorChangesADeadlineAndAddsAColonia() {
        browser.signIn("admin", "demo");
        browser.open("/staff/catalogo");
        browser.select("#edit\\:serviceId", "Grafiti en espacios públicos");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.attribute("#edit\\:deadline", "value").isEmpty());
        String hours = "72".equals(browser.attribute("#edit\\:deadline", "value")) ? "73" : "72";
        browser.type("#edit\\:deadline", "0").clickAndWait("#edit\\:save");
        assertTrue(browser.pageText().contains("El plazo es un número entero de 1 a 2000 horas hábiles."));
        assertEquals("Grafiti en espacios públicos",
                browser.selected("#edit\\:serviceId"), "the form keeps the choice");
        browser.type("#edit\\:deadline", hours).clickAndWait("#edit\\:save");
        assertTrue(browser.pageText().contains("Se guardaron los cambios del catálogo."));
        assertTrue(browser.text("#services").contains(hours + " horas hábiles"));

        String colonia = "Colonia Nueva " + UUID.randomUUID().toString().substring(0, 4);
        browser.type("#newColonia\\:delegacion", "San Lucas Tunco").type("#newColonia\\:colonia", colonia)
                .type("#newColonia\\:postalCode", "123").clickAndWait("#newColonia\\:addColonia");
        assertTrue(browser.pageText().contains("El código postal tiene 5 dígitos."));
        browser.type("#newColonia\\:postalCode", "52160").clickAndWait("#newColonia\\:addColonia");
        assertTrue(browser.pageText().contains(colonia), "the new colonia is listed");
        browser.screenshot("catalogue-admin");
    }
}
