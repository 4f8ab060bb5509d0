package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
        assertTrue(csv.body().contains(",responsable,calle,descripcion"), csv.body());
        assertTrue(csv.body().contains(",Recibido,En tiempo,"), "Spanish labels: " + csv.body());
        assertFalse(csv.body().contains("RECEIVED") || csv.body().contains("ON_TIME"), csv.body());
        assertTrue(Pattern.compile(",\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},").matcher(csv.body())
                .find(), "local times to the minute: " + csv.body());
        assertTrue(csv.body().contains(",Bache en el carril derecho\r\n"), "the description, last: " + csv.body());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.BASE_URL + "/staff/reportes.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(anonymous.body().contains(folio), "no export without signing in");

        browser.click("#queue\\:table tbody tr .ui-chkbox-box, #queue\\:table tbody tr input[type=checkbox]");
        browser.select("#queue\\:target", "Dirección de Servicios Públicos");
        browser.clickAndWait("#queue\\:reassign");
        assertTrue(browser.pageText().contains("Se reasignó 1 reporte."), browser.pageText());
        browser.driver().get(reportUrl(folio));
        assertEquals("Dirección de Servicios Públicos", browser.text("#department"));
    }

    /**
     * The queue of issue 9: partial folios, the total, filters kept in the address (and a bad one
     * refused with a message), nothing selected refused, the table using the width at 1366 px
     * without a cut header and usable at 390 px.
     */
    @Test
    void theQueueKeepsItsFiltersInTheAddressAndShowsTheTotal() {
        browser.signIn("operador", "demo");
        String folio = phoneIntake("Bacheo", "Fraccionamiento Hípico", "Paseo San Isidro "
                + UUID.randomUUID().toString().substring(0, 6), "Bache grande frente a la caseta");
        browser.signOut();

        browser.signIn("gerente", "demo");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open("/staff/reportes");
        assertTrue(browser.text("#total").matches("\\d[\\d,  ]* reportes coinciden con los filtros"), browser.text("#total"));
        String digits = folio.substring(folio.lastIndexOf('-') + 1);
        browser.type("#queue\\:folio", digits).clickAndWait("#queue\\:apply");
        assertTrue(browser.driver().getCurrentUrl().contains("folio=" + digits), browser.driver().getCurrentUrl());
        assertTrue(browser.pageText().contains(folio), "the number alone finds " + folio);
        browser.driver().navigate().refresh();
        assertEquals(digits, browser.attribute("#queue\\:folio", "value"), "a reload keeps the filter");
        assertTrue(browser.pageText().contains(folio));

        browser.open("/staff/reportes?folio=" + folio);
        assertEquals("1 reporte coincide con los filtros", browser.text("#total"), "a shared link keeps the filter");
        assertEquals(1, browser.all("#queue\\:table tbody tr a").size());
        Object clipped = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#queue\\\\:table thead th')].filter(th => th.scrollWidth > th.clientWidth + 1)"
                        + ".map(th => th.textContent.trim()).concat([...document.querySelectorAll('#queue\\\\:table tbody td')]"
                        + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim()));");
        assertEquals(List.of(), clipped, "no header nor cell is cut at 1366 px");
        Number tableWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('#queue\\\\:table').getBoundingClientRect().width;");
        assertTrue(tableWidth.doubleValue() > 1000, "the table uses the width at 1366 px: " + tableWidth);
        browser.screenshot("queue-1366");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
                "nothing widens the page at 390 px: " + js.executeScript("return document.documentElement.scrollWidth + ' '"
                        + " + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".slice(0, 10).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ');"));
        browser.screenshot("queue-390");
        js.executeScript("document.querySelector('#queue\\\\:table').scrollIntoView();");
        browser.screenshot("queue-390-table");
        js.executeScript("document.querySelector('#queue\\\\:assign').scrollIntoView();");
        browser.screenshot("queue-390-bulk");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        browser.clickAndWait("#queue\\:reassign");
        assertTrue(browser.pageText().contains("Selecciona al menos un reporte de la lista"), browser.pageText());
        assertFalse(browser.pageText().contains("Se reasign"), browser.pageText());

        browser.open("/staff/reportes?estado=NADA&servicio=abc");
        assertEquals("Reportes", browser.text("h1"), "a bad address is no error page");
        assertTrue(browser.pageText().contains("La dirección trae un filtro que no es válido"), browser.pageText());
    }

    /**
     * The agents' detail page of issue 9: the manager assigns the report to a person; the agent
     * writes an internal note and resolves with an evidence photo; the reporter sees the photo but
     * not the note, says it was not fixed and reopens it; a wrong code is told.
     */
    @Test
    void anAgentResolvesWithEvidenceAndTheReporterReopens() throws Exception {
        browser.open("/reportar");
        browser.select("#report\\:service", "Bacheo");
        browser.type("#report\\:description", "Bache hondo en la entrada del kínder");
        browser.select("#report\\:colonia", "Barrio de Santa Cruz (Cabecera Municipal)");
        browser.type("#report\\:street", "Calle Juárez " + UUID.randomUUID().toString().substring(0, 6));
        browser.click("#report\\:privacyConsent");
        browser.clickAndWait("#report\\:submit");
        if (!browser.all("#similar").isEmpty()) {
            browser.clickAndWait("#report\\:submit");
        }
        String folio = browser.text("#folio");
        String code = browser.text("#tracking-code");

        browser.signIn("gerente", "demo");
        String url = reportUrl(folio);
        browser.driver().get(url);
        browser.select("#actions\\:agent", "Jorge Luis Pérez Nava");
        browser.clickAndWait("#actions\\:assign");
        assertEquals("Asignado", browser.text("#status"), browser.pageText());
        assertTrue(browser.text("#history").contains("Asignado a Jorge Luis Pérez Nava"), browser.text("#history"));
        browser.signOut();

        browser.signIn("agente", "demo");
        browser.driver().get(url);
        String secret = "Vecino pide no dar su nombre al contratista";
        browser.type("#internal\\:internalNote", secret).clickAndWait("#internal\\:addNote");
        assertTrue(browser.text("#history").contains(secret));
        assertTrue(browser.text("#history .step-internal").contains("Interna"), browser.text("#history"));
        browser.clickAndWait("#actions\\:start");
        Path photo = Files.createTempFile("evidencia", ".png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 24 ? 0x4a4a4a : 0x8a8a8a);
            }
        }
        ImageIO.write(image, "png", photo.toFile());
        browser.type("#actions\\:note", "Se rellenó el bache con asfalto");
        browser.find("#actions\\:evidence").sendKeys(photo.toAbsolutePath().toString());
        browser.clickAndWait("#actions\\:resolve");
        assertEquals("Resuelto", browser.text("#status"), browser.pageText());
        assertEquals(1, browser.all("#evidence img").size(), "staff see the evidence");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.screenshot("detail-1366");
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#history').scrollIntoView();");
        browser.screenshot("detail-1366-history");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "the detail page fits 390 px");
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#internal').scrollIntoView();");
        browser.screenshot("detail-390");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signOut();

        browser.open("/seguimiento?folio=" + folio + "&codigo=ZZZZZZZZZZ");
        assertTrue(browser.text("#code-mismatch").contains("no corresponde"), browser.pageText());
        assertTrue(browser.all("#evidence img").isEmpty(), "no evidence without the code");

        browser.phoneScreenshot("tracking-code-mismatch-390");

        browser.open("/seguimiento?folio=" + folio + "&codigo=" + code);
        assertTrue(browser.all("#code-mismatch").isEmpty());
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#evidence').scrollIntoView();");
        browser.screenshot("tracking-evidence");
        assertFalse(browser.pageText().contains(secret), "the internal note is not public");
        String src = browser.attribute("#evidence img", "src");
        HttpResponse<byte[]> image200 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image200.statusCode());
        assertTrue(image200.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src.replace("codigo=" + code,
                "codigo=ZZZZZZZZZZ"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        browser.click("#survey\\:fixed\\:1");
        browser.click("#survey\\:knowsService\\:0");
        browser.click("#survey\\:effectiveChannel\\:0");
        browser.click("#survey\\:accountability\\:1");
        browser.click("#survey\\:reopen");
        browser.type("#survey\\:reopenReason", "El bache se volvió a abrir");
        browser.phoneScreenshot("tracking-reopen-390");
        browser.clickAndWait("#survey\\:send");
        assertTrue(browser.pageText().contains("Reabrimos tu reporte"), browser.pageText());
        assertEquals("En proceso", browser.text("#status"));
        assertTrue(browser.text("#history").contains("Reabierto por quien reportó"), browser.text("#history"));
        assertTrue(browser.text("#history").contains("El bache se volvió a abrir"));
        browser.phoneScreenshot("tracking-reopened-390");

        browser.signIn("agente", "demo");
        browser.driver().get(url);
        assertEquals("En proceso", browser.text("#status"));
        assertTrue(browser.text("#history").contains("El ciudadano"), browser.text("#history"));
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
