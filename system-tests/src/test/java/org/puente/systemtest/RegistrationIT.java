package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

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
}
