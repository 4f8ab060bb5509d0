package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The staff's petitions in a browser: the intake desk files a complaint on the phone, the department's agent
 * finds it in the queue filtered by light and type, sends an empty response (refused, nothing saved), then
 * answers it. Screenshots at 1366 and at 390 px, for a person to look at.
 */
class PetitionStaffJourneyIT {

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
        // The desktop screenshots at 1366 px, an ordinary office screen.
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void anAgentFindsAPetitionByItsLightAndAnswersIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("operador", "demo");
        browser.open("/staff/peticion-nueva");
        browser.phoneScreenshot("petition-intake-390");
        assertFitsAPhone("the phone intake");
        browser.select("#intake\\:type", "Queja")
                .select("#intake\\:department", "Dirección de Obras Públicas")
                .type("#intake\\:subject", "Zanja abierta " + run)
                .type("#intake\\:text", "Dejaron una zanja abierta frente al número 40, sin señalamiento.")
                .type("#intake\\:contactName", "Rosa Morales")
                .type("#intake\\:contactPhone", "7221234567")
                .click("#intake\\:privacyConsent")
                .clickAndWait("#intake\\:submit");
        String folio = browser.text("#receipt-folio");
        assertTrue(folio.matches("MET-PQR-\\d{4}-\\d{6}"), browser.pageText());
        browser.screenshot("petition-intake-receipt");
        browser.signOut();

        browser.signIn("agente", "demo");
        browser.open("/staff/peticiones");
        browser.screenshot("petition-queue-1366");
        browser.phoneScreenshot("petition-queue-390");
        assertFitsAPhone("the queue");
        browser.select("#queue\\:light", "En término")
                .select("#queue\\:type", "Queja")
                .clickAndWait("#queue\\:apply");
        assertTrue(browser.path().startsWith("/staff/peticiones"), browser.path());
        assertTrue(
                browser.text("#queue\\:table").contains(folio), "the new complaint is on time: " + browser.pageText());
        for (String light : browser.attributes("#queue\\:table .light", "class")) {
            assertEquals("light light-EN_TERMINO", light);
        }
        browser.clickAndWait("a[href$='folio=" + folio + "']");
        assertEquals("Recibida", browser.text("#status"));
        assertEquals("En término", browser.text("#light"));
        assertTrue(browser.text("#filer").contains("Rosa Morales"), "an identified filer: " + browser.text("#filer"));
        browser.screenshot("petition-detail-1366");
        browser.phoneScreenshot("petition-detail-390");
        assertFitsAPhone("the petition's page");
        browser.assertAccessible();

        browser.clickAndWait("#respond\\:submit");
        assertEquals(
                "Escribe la respuesta: el ciudadano la leerá tal cual.",
                browser.text("#respond\\:response-error"),
                browser.pageText());
        assertEquals("Recibida", browser.text("#status"), "nothing saved");
        browser.screenshot("petition-empty-response");

        browser.type("#respond\\:response", "Se cerró la zanja y se colocó señalamiento; gracias por avisar.")
                .clickAndWait("#respond\\:submit");
        assertEquals("Respondida", browser.text("#status"), browser.pageText());
        assertEquals("Atendido", browser.text("#light"));
        assertEquals("Se cerró la zanja y se colocó señalamiento; gracias por avisar.", browser.text("#response"));
        assertTrue(browser.text("#history").contains("Respondida"));
        assertFalse(browser.pageText().contains("Enviar la respuesta"), "no step is left on an answered petition");
        browser.screenshot("petition-answered-1366");
        browser.phoneScreenshot("petition-answered-390");
    }

    /** At 390 px nothing reaches past the screen's right edge (the page never scrolls sideways); names what does. */
    private void assertFitsAPhone(String page) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            Object wider = ((JavascriptExecutor) browser.driver())
                    .executeScript("var w = document.documentElement.clientWidth, out = [];"
                            + "document.querySelectorAll('body *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.width > 0 && r.right > w + 1) out.push(e.tagName + '#' + e.id + '.' + e.className"
                            + "    + ' to ' + Math.round(r.right) + 'px'); });"
                            + "return out.slice(0, 10).join(' | ');");
            assertEquals("", wider, page + " is wider than a phone's screen");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
