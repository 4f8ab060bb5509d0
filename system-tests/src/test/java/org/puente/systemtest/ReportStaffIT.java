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
import org.openqa.selenium.support.ui.Select;
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
        browser.find("#report\\:service").sendKeys(service);
        browser.find("#report\\:description").sendKeys(description);
        browser.find("#report\\:colonia").sendKeys(colonia);
        browser.find("#report\\:street").sendKeys(street);
        browser.find("#report\\:contactPhone").sendKeys("7221234567");
        browser.find("#report\\:privacyConsent").sendKeys(Keys.SPACE);
        browser.clickAndWait("#report\\:submit");
        if (!browser.all("#similar").isEmpty()) {
            browser.clickAndWait("#report\\:submit");
        }
        assertEquals("/staff/atender-enviado", browser.path(), browser.pageText());
        return browser.text("#folio");
    }

    private String reportUrl(String folio) {
        browser.open("/staff/reportes");
        browser.type("#queue\\:folio", folio);
        browser.find("#queue\\:apply").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.all("#queue\\:table tbody tr a").size() == 1 && browser.pageText().contains(folio));
        return browser.find("#queue\\:table tbody tr a").getAttribute("href");
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
        browser.open("/staff/reportes");
        browser.type("#queue\\:folio", folio);
        browser.find("#queue\\:apply").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.pageText().contains("No hay reportes con estos filtros."));
    }

    @Test
    void aSecondReportOfTheSameProblemIsOfferedTheFirstFolio() {
        String street = "Calle Hidalgo " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("operador", "demo");
        String first = phoneIntake("Fugas de agua", "Pilares", street, "Fuga en la banqueta");
        browser.open("/staff/atender");
        browser.find("#report\\:service").sendKeys("Fugas de agua");
        browser.find("#report\\:description").sendKeys("Sale agua de la banqueta");
        browser.find("#report\\:colonia").sendKeys("Pilares");
        browser.find("#report\\:street").sendKeys(street);
        browser.find("#report\\:privacyConsent").sendKeys(Keys.SPACE);
        browser.clickAndWait("#report\\:submit");
        assertTrue(browser.text("#similar").contains(first), "the open report nearby is offered: " + browser.pageText());
        assertEquals("Es otro problema: enviar mi reporte", browser.find("#report\\:submit").getAttribute("value"));
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

        browser.find("#queue\\:table tbody tr .ui-chkbox-box, #queue\\:table tbody tr input[type=checkbox]").click();
        new Select(browser.find("#queue\\:target")).selectByVisibleText("Dirección de Servicios Públicos");
        browser.clickAndWait("#queue\\:reassign");
        assertTrue(browser.pageText().contains("Se reasignaron 1 reportes."), browser.pageText());
        browser.driver().get(reportUrl(folio));
        assertEquals("Dirección de Servicios Públicos", browser.text("#department"));
    }

    @Test
    void theAdministratorChangesADeadlineAndAddsAColonia() {
        browser.signIn("admin", "demo");
        browser.open("/staff/catalogo");
        new Select(browser.find("#edit\\:serviceId")).selectByVisibleText("Grafiti en espacios públicos");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.find("#edit\\:deadline").getAttribute("value").isEmpty());
        String hours = "72".equals(browser.find("#edit\\:deadline").getAttribute("value")) ? "73" : "72";
        browser.type("#edit\\:deadline", "0").clickAndWait("#edit\\:save");
        assertTrue(browser.pageText().contains("El plazo es un número entero de 1 a 2000 horas hábiles."));
        assertEquals("Grafiti en espacios públicos",
                new Select(browser.find("#edit\\:serviceId")).getFirstSelectedOption().getText(), "the form keeps the choice");
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
