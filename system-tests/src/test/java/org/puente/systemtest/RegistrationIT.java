package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A citizen creates an account: every wrong field gets its own message, and nothing is created until all is right. */
class RegistrationIT extends SharedBrowser {

    private static String fieldError(String field) {
        return browser.text("#registration\\:" + field + "-error");
    }

    @Test
    void anEmptyFormGetsOneMessagePerFieldAndCreatesNothing() {
        browser.open("/registro").clickAndWait("#registration\\:submit");
        assertEquals("Escribe tu nombre completo.", fieldError("fullName"));
        assertEquals("Escribe tu correo electrónico.", fieldError("email"));
        assertEquals("La contraseña debe tener al menos 12 caracteres.", fieldError("password"));
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", fieldError("privacyConsent"));
        assertEquals("true", browser.attribute("#registration\\:fullName", "aria-invalid"));
        browser.screenshot("registration-errors");
        browser.phoneScreenshot("registration-errors-phone");
        browser.assertAccessible();
    }

    @Test
    void aBadEmailAShortPasswordOrNoConsentIsRefusedAndWhatWasTypedStays() {
        String email = "sin-arroba-" + UUID.randomUUID();
        browser.open("/registro")
                .type("#registration\\:fullName", "Pedro Prueba")
                .type("#registration\\:email", email)
                .type("#registration\\:password", "corta")
                .clickAndWait("#registration\\:submit");
        assertEquals("Escribe un correo electrónico válido, por ejemplo nombre@dominio.mx.", fieldError("email"));
        assertEquals("La contraseña debe tener al menos 12 caracteres.", fieldError("password"));
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", fieldError("privacyConsent"));
        assertEquals("Pedro Prueba", browser.attribute("#registration\\:fullName", "value"), "nothing typed is lost");
        assertEquals(email, browser.attribute("#registration\\:email", "value"));

        String good = "pedro-" + UUID.randomUUID() + "@example.mx";
        browser.type("#registration\\:email", good).type("#registration\\:password", "una-contraseña-larga")
                .clickAndWait("#registration\\:submit");
        assertEquals("Para crear tu cuenta debes aceptar el aviso de privacidad.", fieldError("privacyConsent"));
        browser.signIn(good, "una-contraseña-larga");
        assertTrue(browser.pageText().contains("Usuario o contraseña incorrectos"), "no account was created");
    }

    @Test
    void aCitizenRegistersSignsInAndSeesHisConsent() {
        String email = "lucia-" + UUID.randomUUID() + "@example.mx";
        browser.open("/registro")
                .type("#registration\\:fullName", "Lucía Hernández Prueba")
                .type("#registration\\:email", email)
                .type("#registration\\:password", "una-contraseña-larga");
        browser.click("#registration\\:privacyConsent");
        browser.clickAndWait("#registration\\:submit");
        assertEquals("/login", browser.path());
        assertTrue(browser.pageText().contains("Tu cuenta está lista"), browser.pageText());

        browser.signIn(email, "una-contraseña-larga");
        assertEquals("/mi-cuenta", browser.path());
        assertTrue(browser.pageText().contains("Lucía Hernández Prueba"));
        assertTrue(browser.pageText().contains("Aceptaste el aviso de privacidad"));
        browser.signOut();

        browser.open("/registro")
                .type("#registration\\:fullName", "Otra Persona")
                .type("#registration\\:email", email)
                .type("#registration\\:password", "otra-contraseña-larga");
        browser.click("#registration\\:privacyConsent");
        browser.clickAndWait("#registration\\:submit");
        assertEquals("Ya existe una cuenta con ese correo electrónico. Inicia sesión o usa otro correo.", fieldError("email"));
    }
}
