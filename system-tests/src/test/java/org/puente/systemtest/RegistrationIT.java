package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** A citizen creates an account: every wrong field gets its own message, and nothing is created until all is right. */
class RegistrationIT extends SharedBrowser {

    @Test
    void anEmptyFormGetsOneMessagePerFieldAndCreatesNothing() {
        RegistrationPage form = RegistrationPage.open(browser).submit();
        assertEquals("Escribe tu nombre completo.", form.error("fullName"));
        assertEquals("Escribe tu correo electrónico.", form.error("email"));
        assertEquals("La contraseña debe tener al menos 12 caracteres.", form.error("password"));
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", form.error("privacyConsent"));
        assertEquals("true", form.attribute("fullName", "aria-invalid"));
        browser.screenshot("registration-errors");
        browser.phoneScreenshot("registration-errors-phone");
        browser.assertAccessible();
    }

    @Test
    void aBadEmailAShortPasswordOrNoConsentIsRefusedAndWhatWasTypedStays() {
        String email = "sin-arroba-" + UUID.randomUUID();
        RegistrationPage form = RegistrationPage.open(browser)
                .fill("Pedro Prueba", email, "corta")
                .submit();
        assertEquals("Escribe un correo electrónico válido, por ejemplo nombre@dominio.mx.", form.error("email"));
        assertEquals("La contraseña debe tener al menos 12 caracteres.", form.error("password"));
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", form.error("privacyConsent"));
        assertEquals("Pedro Prueba", form.attribute("fullName", "value"), "nothing typed is lost");
        assertEquals(email, form.attribute("email", "value"));

        String good = "pedro-" + UUID.randomUUID() + "@example.mx";
        form.email(good).password("una-contraseña-larga").submit();
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", form.error("privacyConsent"));
        browser.signIn(good, "una-contraseña-larga");
        assertTrue(browser.pageText().contains("Usuario o contraseña incorrectos"), "no account was created");
    }

    @Test
    void aCitizenRegistersSignsInAndSeesHisConsent() {
        String email = "lucia-" + UUID.randomUUID() + "@example.mx";
        RegistrationPage.open(browser).register("Lucía Hernández Prueba", email, "una-contraseña-larga");
        assertEquals("/login", browser.path());
        assertTrue(browser.pageText().contains("Tu cuenta está lista"), browser.pageText());

        browser.signIn(email, "una-contraseña-larga");
        assertEquals("/mi-cuenta", browser.path());
        assertTrue(browser.pageText().contains("Lucía Hernández Prueba"));
        assertTrue(browser.pageText().contains("Aceptaste el aviso de privacidad"));
        browser.signOut();

        RegistrationPage again = RegistrationPage.open(browser);
        again.register("Otra Persona", email, "otra-contraseña-larga");
        assertEquals(
                "Ya existe una cuenta con ese correo electrónico. Inicia sesión o usa otro correo.",
                again.error("email"));
    }

    /**
     * ARCO access through the browser: a new citizen files a report, then downloads his data as JSON from
     * "Mi cuenta" (fetched within his session, as the link does) and finds his account and his report in it.
     */
    @Test
    void aNewCitizenDownloadsHisDataWithHisReportInIt() {
        String email = "arco-" + UUID.randomUUID() + "@example.mx";
        RegistrationPage.open(browser).register("Rosa Acceso Prueba", email, "una-contraseña-larga");
        browser.signIn(email, "una-contraseña-larga");
        String description = "Luminaria apagada para la descarga " + UUID.randomUUID();
        ReportFormPage.open(browser)
                .fill("Bacheo", "Barrio de Santa Cruz (Cabecera Municipal)", description, "Calle de la Descarga 7")
                .acceptPrivacyNotice()
                .submitPastSimilar();
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String folio = ReceiptPage.on(browser).folio();

        browser.open("/mi-cuenta");
        assertTrue(browser.pageText().contains("Descargar mis datos"), browser.pageText());
        String href = browser.attribute("#download-json", "href");
        Object answer = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + ' '"
                                + " + r.headers.get('Content-Disposition') + '\\n' + t))).catch(e => done('failed ' + e));",
                        href);
        String[] parts = String.valueOf(answer).split("\n", 2);
        assertEquals("200 attachment; filename=\"mis-datos.json\"", parts[0]);
        String json = parts[1];
        assertTrue(json.contains("\"correo\":\"" + email + "\""), json);
        assertTrue(json.contains("\"nombre\":\"Rosa Acceso Prueba\""), json);
        assertTrue(json.contains("\"folio\":\"" + folio + "\""), json);
        assertTrue(json.contains(description), json);
        assertTrue(json.contains("\"calle\":\"Calle de la Descarga 7\""), json);
        assertTrue(
                json.matches("(?s).*\"recibido\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?-0[56]:00\".*"),
                "times with the municipality's offset: " + json);
        assertFalse(json.contains("ciudadano@example.mx"), "nothing of another citizen");
        assertTrue(
                browser.all("#my-reports .correct-contact").size() >= 1, "his open report's contact can be corrected");
        browser.assertAccessible();
        browser.phoneScreenshot("account-my-data-phone");
        org.openqa.selenium.Dimension before =
                browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('download').scrollIntoView()");
            browser.screenshot("account-my-data-download-phone");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('my-reports').scrollIntoView()");
            browser.screenshot("account-my-data-reports-phone");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
        browser.signOut();
    }
}
