package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A citizen files a petición on the public form in the browser (first sending it without its text, which the
 * form refuses on that field keeping the rest), reads the receipt, downloads the acuse as a PDF and follows
 * the petition on the tracking page, with his code and without it; the department's agent answers it in his
 * own browser, and the citizen reads the response on the tracking page and answers the survey, once.
 */
class PetitionCitizenJourneyIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aCitizenFilesAPeticionReadsItsReceiptDownloadsTheAcuseAndTracksIt() throws Exception {
        String subject = "Luminaria apagada " + UUID.randomUUID().toString().substring(0, 6);
        PetitionFormPage form = PetitionFormPage.open(browser);
        assertEquals("Lunes a viernes de 9:00 a 18:00", form.hours());
        assertTrue(browser.pageText().contains("su plazo empieza a contar el siguiente día hábil"), browser.pageText());
        browser.assertAccessible();

        form.type("Petición")
                .identity(0)
                .department("Dirección de Obras Públicas")
                .subject(subject)
                .contactName("Lucía Vecina")
                .contactEmail("lucia@example.mx")
                .acceptPrivacyNotice()
                .submit();
        assertEquals("/peticion", browser.path(), "the empty text is refused");
        assertEquals("Describe tu petición.", form.error("text"));
        assertEquals(subject, form.value("subject"), "what was typed stays");
        assertEquals("lucia@example.mx", form.value("contactEmail"));
        browser.assertAccessible();
        browser.screenshot("petition-form-refused");
        browser.phoneScreenshot("petition-form-refused-phone");

        form.text("La luminaria de la esquina de Hidalgo y Morelos lleva una semana apagada.")
                .acceptPrivacyNotice()
                .submit();
        assertEquals("/peticion-enviada", browser.path(), browser.pageText());
        String folio = form.receiptFolio();
        String code = form.receiptCode();
        assertTrue(folio.matches("MET-PQR-\\d{4}-\\d{6}"), folio);
        assertEquals(10, code.length(), code);
        String facts = form.receiptFacts();
        assertTrue(facts.contains("Petición"), facts);
        assertTrue(facts.contains("Fecha límite de respuesta"), facts);
        assertTrue(form.clockStart().startsWith("Su plazo empieza a contar el "), form.clockStart());
        browser.assertAccessible();
        browser.screenshot("petition-sent");
        browser.phoneScreenshot("petition-sent-phone");

        // The acuse's link names the folio only; the browser that filed the petition holds its code for the session.
        assertFalse(form.acuseAddress().contains(code), "no tracking code in the acuse's address");
        HttpResponse<byte[]> acuse = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(form.acuseAddress()))
                                .header("Cookie", browser.cookieHeader())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, acuse.statusCode());
        assertEquals(
                404,
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(form.acuseAddress()))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "another browser with the same address gets nothing");
        assertEquals("%PDF-", new String(acuse.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(
                "attachment; filename=\"acuse-" + folio + ".pdf\"",
                acuse.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(
                "application/pdf",
                acuse.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        browser.clickAndWait("#track");
        TrackingPage tracking = TrackingPage.on(browser);
        assertEquals("Recibida", tracking.status());
        assertTrue(tracking.history().contains("Recibida"), tracking.history());
        assertTrue(browser.pageText().contains("¿Cómo se calculó?"), browser.pageText());
        browser.click("#how summary");
        assertTrue(browser.text("#trace").contains("Primer día contado"), browser.text("#trace"));
        browser.assertAccessible();
        browser.screenshot("petition-tracking");
        browser.phoneScreenshot("petition-tracking-phone");

        // Another browser with the folio alone (the one that filed it holds the code for its session).
        try (Browser stranger = new Browser()) {
            TrackingPage.open(stranger, folio);
            assertEquals("Recibida", TrackingPage.on(stranger).status());
            assertTrue(stranger.all("#history").isEmpty(), "without the code, no history");
            assertFalse(stranger.pageText().contains("Hidalgo y Morelos"), "without the code, none of his words");
            stranger.screenshot("petition-tracking-public");
        }

        Browser agent = new Browser();
        try {
            agent.signIn("agente", "demo");
            agent.open("/staff/peticion?folio=" + folio);
            assertEquals("Recibida", agent.text("#status"), agent.pageText());
            agent.type("#respond\\:response", "El jueves se cambió la luminaria de Hidalgo y Morelos.")
                    .clickAndWait("#respond\\:submit");
            assertEquals("Respondida", agent.text("#status"), agent.pageText());
        } finally {
            agent.close();
        }

        TrackingPage.open(browser, folio, code);
        assertEquals("Respondida", TrackingPage.on(browser).status());
        assertEquals("El jueves se cambió la luminaria de Hidalgo y Morelos.", browser.text("#response"));
        assertTrue(browser.text("#history").contains("Respondida"), browser.text("#history"));
        browser.screenshot("petition-answered-tracking");
        browser.phoneScreenshot("petition-answered-tracking-phone");
        browser.click("#petitionSurvey\\:answered\\:0")
                .click("#petitionSurvey\\:effectiveChannel\\:0")
                .click("#petitionSurvey\\:accountability\\:0")
                .clickAndWait("#petitionSurvey\\:send");
        assertTrue(browser.all("#petitionSurvey").isEmpty(), "answered once: the survey is gone");
        assertFalse(browser.text("#petition-survey-answered").isBlank());
        browser.assertAccessible();
        browser.screenshot("petition-survey-answered");
    }
}
