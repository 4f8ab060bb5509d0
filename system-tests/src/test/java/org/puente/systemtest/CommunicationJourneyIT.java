package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Issue 13's acceptance for public communication, in Chromium at 1366 px and 390 px with axe: the communication
 * staff publish an incident notice of the *7311 line and its banner shows on the home page and on the report
 * form (with what to use instead), then resolve it and the banner goes; they publish a debunk and a news item
 * with a photo, and a citizen finds both on the public lists and reads them.
 */
class CommunicationJourneyIT extends SharedBrowser {

    private static final ZoneId METEPEC = ZoneId.of("America/Mexico_City");

    @Test
    void staffPublishAndACitizenSeesTheBannerTheDebunkAndTheNews() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn("comunicacion", "demo");
        CommunicationDeskPages desk = CommunicationDeskPages.of(browser);
        Browser citizen = new Browser();
        try {
            citizen.driver().manage().window().setSize(new Dimension(1366, 900));

            String notice = "La línea *7311 no recibe llamadas " + run;
            long noticeId = desk.publishChannelNotice(
                    notice,
                    "Línea telefónica *7311",
                    LocalDateTime.now(METEPEC).minusMinutes(20),
                    "Estamos revisando la falla. Mientras tanto, reporta en línea.");
            browser.assertAccessible();

            citizen.open("/");
            assertTrue(citizen.text("#incident-banner").contains(notice), citizen.pageText());
            citizen.screenshot("communication-01-banner-home-1366");
            citizen.phoneScreenshot("communication-02-banner-home-390");
            citizen.assertAccessible();
            citizen.open("/reportar");
            String banner = citizen.text("#incident-banner");
            assertTrue(banner.contains(notice), banner);
            assertTrue(banner.contains("este formulario sí funciona"), banner);
            citizen.screenshot("communication-03-banner-report-form-1366");
            citizen.phoneScreenshot("communication-04-banner-report-form-390");
            citizen.assertAccessible();

            desk.resolveNotice(noticeId, "La línea *7311 funciona de nuevo.");
            citizen.open("/");
            assertTrue(citizen.all("#incident-banner").isEmpty(), "no banner once resolved");
            citizen.open("/reportar");
            assertFalse(citizen.pageText().contains(notice), "nor on the report form");

            String claim = "«Habrá multas por regar el jardín los domingos» " + run;
            long hoax = desk.publishDebunk(
                    claim,
                    "Falso",
                    "No existe ninguna multa por regar el jardín. El Bando Municipal solo pide no desperdiciar agua.",
                    LocalDate.now(METEPEC).minusDays(1),
                    "Bando Municipal de Metepec",
                    "https://www.metepec.gob.mx/bando");
            assertEquals("Publicado", browser.text("#status"));
            browser.screenshot("communication-05-staff-debunk-1366");
            browser.assertAccessible();

            String title = "Jornada de reforestación en el Parque Bicentenario " + run;
            long news = desk.publishNews(
                    title,
                    "Se plantarán 500 árboles con ayuda de vecinas y vecinos.",
                    "<p>Te esperamos el <strong>sábado</strong> a las 8:00.</p><ul><li>Lleva agua.</li>"
                            + "<li>Usa ropa cómoda.</li></ul>",
                    "Programa",
                    Path.of("src/test/resources/bache-con-gps.jpg"));
            assertEquals("Publicado", browser.text("#status"));
            browser.screenshot("communication-06-staff-news-1366");
            browser.assertAccessible();

            citizen.open("/desmentidos");
            assertTrue(citizen.pageText().contains(claim), citizen.pageText());
            citizen.screenshot("communication-07-debunks-1366");
            citizen.phoneScreenshot("communication-08-debunks-390");
            citizen.assertAccessible();
            citizen.clickAndWait("[data-hoax='" + hoax + "'] a");
            assertEquals(claim, citizen.text("#claim"));
            assertEquals("Falso", citizen.text("#verdict"));
            assertTrue(citizen.attribute("#claim-review", "textContent").contains("\"ClaimReview\""));
            citizen.screenshot("communication-09-debunk-1366");
            citizen.phoneScreenshot("communication-10-debunk-390");
            citizen.assertAccessible();

            citizen.open("/noticias");
            assertTrue(citizen.pageText().contains(title), citizen.pageText());
            citizen.screenshot("communication-11-news-1366");
            citizen.phoneScreenshot("communication-12-news-390");
            citizen.assertAccessible();
            citizen.clickAndWait("[data-news='" + news + "'] h2 a");
            assertEquals(title, citizen.text("#news-title"));
            assertEquals("sábado", citizen.text("#news-body strong"));
            Object width = ((org.openqa.selenium.JavascriptExecutor) citizen.driver())
                    .executeScript("return document.getElementById('news-image').naturalWidth;");
            assertTrue(((Number) width).intValue() > 0, "the re-encoded photo is shown");
            citizen.screenshot("communication-13-news-item-1366");
            citizen.phoneScreenshot("communication-14-news-item-390");
            citizen.assertAccessible();
        } finally {
            citizen.close();
        }
    }
}
