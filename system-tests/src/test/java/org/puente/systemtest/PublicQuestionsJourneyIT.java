package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The public Q&A in the browser: a visitor starts typing a question and sees the answered ones that match, asks
 * under a nickname and confirms his e-mail; the moderator publishes it, Metepec's communication staff answer it
 * with its source; the visitor finds the answer by searching and says he has the same doubt. Every page passes
 * axe; screenshots at 390 px and 1366 px.
 */
class PublicQuestionsJourneyIT extends SharedBrowser {

    @Test
    void askSeeSuggestionsModerateAnswerAndFindTheAnswer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String question = "¿Los pensionados pagan menos predial en la colonia Izcalli " + run + "?";
        String email = "pensionado-" + run + "@example.mx";

        AskQuestionPage ask = AskQuestionPage.open(browser);
        browser.assertAccessible();
        ask.typeQuestion("descuento predial pensionados");
        List<String> suggestions = ask.suggestions();
        assertTrue(
                suggestions.contains("¿Las personas jubiladas y pensionadas tienen descuento en el predial?"),
                suggestions.toString());
        phoneScreenshotAt(browser, "#ask\\:suggestions", "qa-suggestions-390");
        desktopScreenshot(browser, "qa-suggestions-1366");
        browser.assertAccessible();

        browser.type("#ask\\:text", question);
        ask.submit();
        assertEquals("Elige el tema de tu pregunta.", ask.error("topic"));
        assertEquals("Escribe un nombre o apodo de al menos 2 letras para firmar tu pregunta.", ask.error("nickname"));
        assertEquals(
                "Para enviar tu pregunta acepta el aviso de privacidad: lo necesitamos para guardar tu correo.",
                ask.error("privacyConsent"));
        ask.topic("Impuesto predial")
                .nickname("Don Pepe")
                .email(email)
                .acceptPrivacyNotice()
                .submit();
        assertTrue(ask.outcome().contains("Te enviamos un correo"), ask.outcome());
        browser.phoneScreenshot("qa-asked-390");

        browser.open("/preguntas/confirmar?token=" + token(email));
        assertTrue(browser.text("#confirm-result").contains("pasó a revisión"));

        try (Browser moderator = new Browser()) {
            moderator.signIn("moderador", "demo");
            StaffQuestionPage queue = StaffQuestionPage.queue(moderator, "PENDIENTES");
            moderator.assertAccessible();
            desktopScreenshot(moderator, "qa-queue-1366");
            phoneScreenshotAt(moderator, "#questions", "qa-queue-390");
            queue.openQuestion("¿Los pensionados pagan menos predial");
            moderator.assertAccessible();
            queue.publish();
            assertEquals("Publicada, sin respuesta", queue.status());
        }

        try (Browser staff = new Browser()) {
            staff.signIn("comunicacion", "demo");
            StaffQuestionPage desk =
                    StaffQuestionPage.queue(staff, "PUBLICADAS").openQuestion("¿Los pensionados pagan menos predial");
            desk.answer("   ", "", null);
            assertEquals("Escribe la respuesta.", desk.error("answering", "answer"));
            staff.screenshot("qa-answer-refused-1366");
            LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
            desk.debunk("descuento del 20 %");
            desk.answer(
                    "Sí: las personas pensionadas tienen un descuento del 34 % en el predial de su casa habitación.",
                    "https://www.metepec.gob.mx/tesoreria/descuentos", today);
            assertEquals("Respondida", desk.status());
            staff.assertAccessible();
            desktopScreenshot(staff, "qa-answered-desk-1366");
            phoneScreenshotAt(staff, "#versions", "qa-answered-desk-390");
        }

        browser.open("/preguntas?q=pensionados+Izcalli+" + run);
        browser.assertAccessible();
        assertTrue(browser.text("#results").contains(question), browser.text("#results"));
        phoneScreenshotAt(browser, "#results", "qa-search-390");
        desktopScreenshot(browser, "qa-search-1366");
        browser.clickAndWait("#results a.qa-question");
        assertTrue(browser.text("#answer-text").contains("descuento del 34 %"));
        assertTrue(browser.text("#disclaimer").contains("solo informativa"));
        assertTrue(
                browser.text("#debunk").contains("El predial se puede pagar con descuento del 20 %"),
                "the related debunk: " + browser.text("#debunk"));
        assertTrue(browser.attribute("#debunk a", "href").contains("/desmentidos/desmentido?id="));
        browser.clickAndWait("#doubt\\:same");
        assertEquals("1 persona tiene la misma duda", browser.text("#doubt-count"));
        browser.assertAccessible();
        desktopScreenshot(browser, "qa-question-1366");
        browser.phoneScreenshot("qa-question-390");
    }

    /**
     * The search reads Spanish as people type it, on H2 and on PostgreSQL ('spanish' configuration with unaccent):
     * a plural finds the singular, no accent finds the accented word, capitals find lower case; while typing, the
     * suggestions match a word's start.
     */
    @Test
    void theSearchFindsPluralsWordsWithoutAccentsAndCapitals() {
        for (String[] pair : new String[][] {
            {"baches", "¿Cuánto tardan en tapar un bache que reporté?"},
            {"credito", "¿Puedo pagar el predial con tarjeta de crédito?"},
            {"AGUA fugas", "¿Cómo reporto una fuga de agua en la calle?"},
            {"pensión jubilados", "¿Las personas jubiladas y pensionadas tienen descuento en el predial?"}
        }) {
            browser.open(
                    "/preguntas?q=" + java.net.URLEncoder.encode(pair[0], java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(
                    browser.text("#results").contains(pair[1]),
                    pair[0] + " finds " + pair[1] + ": " + browser.text("#results"));
        }
        browser.open("/preguntas?q=tianguis+lunes");
        assertTrue(browser.all("#results a.qa-question").isEmpty(), "a question waiting for moderation is not found");
        browser.assertAccessible();

        AskQuestionPage ask = AskQuestionPage.open(browser);
        ask.typeQuestion("tarjeta de credi");
        List<String> suggestions = ask.suggestions();
        assertTrue(suggestions.contains("¿Puedo pagar el predial con tarjeta de crédito?"), suggestions.toString());
    }

    /** The confirmation link's token from the e-mail queued for the address. */
    private static String token(String email) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement q = c.prepareStatement("select body from outbox_message where recipient = ?")) {
            q.setString(1, email);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "a confirmation e-mail to " + email);
                Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(r.getString(1));
                assertTrue(m.find(), r.getString(1));
                return m.group(1);
            }
        }
    }

    /** The page in a phone-sized window (390 × 844) scrolled to an element. */
    private static Path phoneScreenshotAt(Browser b, String css, String name) {
        Dimension before = b.driver().manage().window().getSize();
        b.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            ((JavascriptExecutor) b.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'start'});", b.find(css));
            return b.screenshot(name);
        } finally {
            b.driver().manage().window().setSize(before);
        }
    }

    /** The page at 1366 × 900, a common laptop screen. */
    private static Path desktopScreenshot(Browser b, String name) {
        Dimension before = b.driver().manage().window().getSize();
        b.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            return b.screenshot(name);
        } finally {
            b.driver().manage().window().setSize(before);
        }
    }
}
