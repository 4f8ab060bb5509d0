package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The contact mailbox in the browser: a citizen writes to Metepec on /contacto (a wrong submission first,
 * corrected without losing what he wrote), a second message comes in, and the intake desk's operator answers
 * one on /staff/buzon and turns the other into a petition (a QUEJA for a department) whose clock starts at
 * the message's arrival. Screenshots at 390 px and 1366 px.
 */
class MailboxJourneyIT {

    private static Browser citizen;

    @BeforeAll
    static void start() {
        citizen = new Browser();
    }

    @AfterAll
    static void stop() {
        citizen.close();
    }

    @Test
    void aCitizenWritesAndTheOperatorAnswersOneMessageAndTurnsAnotherIntoAPetition() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String complaint = "Trato en ventanilla " + run;
        String question = "Horario de la biblioteca " + run;
        String email = "vecino-" + run + "@example.mx";

        ContactFormPage form = ContactFormPage.open(citizen);
        assertTrue(form.hours().contains("Lunes a viernes de 9:00 a 18:00"), form.hours());
        assertTrue(citizen.pageText().contains("Repórtalo aquí"), "the form sends reports to /reportar");
        citizen.assertAccessible();
        form.subject(complaint)
                .text("En la ventanilla de catastro no me quisieron recibir los papeles y me trataron mal.")
                .name("Vecino de San Mateo")
                .email("vecino-sin-arroba.mx")
                .submit();
        assertEquals("/contacto", citizen.path().replaceAll("\\?.*", ""));
        assertEquals(
                "Escribe un correo electrónico válido, por ejemplo nombre@dominio.mx.", form.error("contactEmail"));
        assertEquals("Para enviar el mensaje se debe aceptar el aviso de privacidad.", form.error("privacyConsent"));
        assertEquals(complaint, form.value("subject"), "nothing written is lost");
        phoneScreenshotAt(citizen, "#contact\\:contactEmail", "contact-refused-390");
        form.email(email).acceptPrivacyNotice().submit();
        assertEquals("/contacto-enviado", citizen.path());
        assertTrue(citizen.pageText().contains("Recibimos tu mensaje"), citizen.pageText());
        assertTrue(citizen.text("#sent-email").contains(email));
        desktopScreenshot(citizen, "contact-sent-1366");
        citizen.phoneScreenshot("contact-sent-390");

        ContactFormPage.open(citizen)
                .subject(question)
                .text("¿La biblioteca municipal abre los domingos?")
                .email("lectora-" + run + "@example.mx")
                .acceptPrivacyNotice()
                .submit();
        assertEquals("/contacto-enviado", citizen.path());

        try (Browser operator = new Browser()) {
            operator.signIn("operador", "demo");
            StaffMailboxPage mailbox = StaffMailboxPage.open(operator, "NUEVO");
            operator.assertAccessible();
            desktopScreenshot(operator, "mailbox-list-1366");
            phoneScreenshotAt(operator, "#messages", "mailbox-list-390");

            mailbox.openMessage(question);
            assertEquals("Nuevo", mailbox.status());
            mailbox.answer("   ");
            assertEquals("Escribe la respuesta antes de enviarla.", mailbox.error("reply", "answer"));
            mailbox.answer("Sí, los domingos de 10:00 a 14:00.");
            assertEquals("Respondido", mailbox.status());
            assertEquals("Sí, los domingos de 10:00 a 14:00.", mailbox.answerText());
            assertEquals(
                    1,
                    TestDatabase.number(
                            "select count(*) from outbox_message where recipient = ? and subject = ?",
                            "lectora-" + run + "@example.mx",
                            "Respuesta a tu mensaje: " + question));

            StaffMailboxPage.open(operator, "NUEVO").openMessage(complaint);
            operator.assertAccessible();
            desktopScreenshot(operator, "mailbox-message-1366");
            phoneScreenshotAt(operator, "#subject", "mailbox-message-390");
            mailbox.convert(null, null);
            assertEquals("Elige el tipo de petición.", mailbox.error("convert", "type"));
            mailbox.convert("Queja", "Gerencia de la Ciudad");
            assertEquals("Convertido en petición", mailbox.status());
            String folio = mailbox.petitionFolio();
            assertTrue(folio.matches("MET-PQR-\\d{4}-\\d{6}"), folio);
            desktopScreenshot(operator, "mailbox-converted-1366");
            phoneScreenshotAt(operator, "#handled", "mailbox-converted-390");

            // The petition's clock starts when the message arrived, not when the operator read it.
            try (Connection c = TestDatabase.connect();
                    PreparedStatement q = c.prepareStatement(
                            "select m.received_at, p.clock_received_at, p.type, p.channel from contact_message m"
                                    + " join petition p on p.id = m.petition_id where p.folio = ?")) {
                q.setString(1, folio);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next(), "the message points at " + folio);
                    OffsetDateTime arrived = r.getObject(1, OffsetDateTime.class);
                    assertTrue(arrived.isEqual(r.getObject(2, OffsetDateTime.class)), "received at " + arrived);
                    assertEquals("QUEJA", r.getString(3));
                    assertEquals("MAILBOX", r.getString(4));
                }
            }
        }
    }

    /** The page in a phone-sized window (390 × 844) scrolled to an element (below the menus on a phone). */
    private static Path phoneScreenshotAt(Browser browser, String css, String name) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
            return browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** The page at 1366 × 900, a common laptop screen. */
    private static Path desktopScreenshot(Browser browser, String name) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            return browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
