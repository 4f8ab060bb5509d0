package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/** Signing in with each demo account: where it lands, the menu it sees, what it may not open. */
class SignInIT extends SharedBrowser {

    @AfterEach
    void signOutIfSignedIn() {
        if (!browser.all("#logout input[type=submit]").isEmpty()) {
            browser.signOut();
        }
    }

    static Stream<Arguments> staffMenus() {
        return Stream.of(
                Arguments.of(
                        "admin",
                        List.of(
                                "dashboard",
                                "reports",
                                "petitions",
                                "mailbox",
                                "audiences",
                                "requests",
                                "calendar",
                                "incidents",
                                "notices",
                                "hoaxes",
                                "news",
                                "questions",
                                "surveys",
                                "chats",
                                "forums",
                                "bodies",
                                "catalogue",
                                "users",
                                "outbox",
                                "audit",
                                "privacy",
                                "arco",
                                "clocks",
                                "account")),
                Arguments.of(
                        "gerente",
                        List.of(
                                "dashboard",
                                "reports",
                                "phone_intake",
                                "petitions",
                                "petition_intake",
                                "mailbox",
                                "audiences",
                                "my_body",
                                "catalogue",
                                "users",
                                "account")),
                Arguments.of(
                        "agente",
                        List.of("dashboard", "reports", "petitions", "audiences", "my_body", "catalogue", "account")),
                Arguments.of(
                        "operador",
                        List.of(
                                "dashboard",
                                "reports",
                                "phone_intake",
                                "petitions",
                                "petition_intake",
                                "mailbox",
                                "my_body",
                                "catalogue",
                                "account")),
                Arguments.of("enlace", List.of("dashboard", "requests", "calendar", "incidents", "my_body", "account")),
                Arguments.of(
                        "evaluador", List.of("dashboard", "requests", "calendar", "incidents", "bodies", "account")),
                Arguments.of(
                        "moderador",
                        List.of(
                                "dashboard",
                                "requests",
                                "calendar",
                                "incidents",
                                "questions",
                                "chats",
                                "forums",
                                "bodies",
                                "account")),
                Arguments.of(
                        "experto",
                        List.of("dashboard", "calendar", "my_events", "chats", "forums", "my_body", "account")),
                Arguments.of(
                        "comunicacion",
                        List.of(
                                "dashboard",
                                "notices",
                                "hoaxes",
                                "news",
                                "questions",
                                "surveys",
                                "my_body",
                                "account")));
    }

    @ParameterizedTest
    @MethodSource("staffMenus")
    void eachStaffRoleSeesItsOwnMenuAndEveryEntryOpens(String username, List<String> menu) {
        browser.signIn(username, "demo");
        assertEquals("/staff/", browser.path(), "staff land in the intranet");
        List<String> shown = browser.attributes("nav.staff-menu a", "id").stream()
                .map(id -> id.substring("menu-".length()))
                .toList();
        assertEquals(menu, shown, "menu of " + username);
        browser.screenshot("intranet-" + username);
        List<String> links = browser.attributes("nav.staff-menu a", "href");
        for (String link : links) {
            browser.driver().get(link);
            String heading = browser.text("h1");
            assertFalse(
                    heading.startsWith("No tienes acceso")
                            || heading.startsWith("Ocurrió un error")
                            || heading.startsWith("No encontramos"),
                    username + " opening " + link + " got: " + heading);
        }
    }

    @Test
    void aCitizenLandsOnHisAccountWithoutIntranet() {
        browser.signIn("ciudadano", "demo");
        assertEquals("/mi-cuenta", browser.path());
        assertEquals("Mi cuenta", browser.text("h1"));
        assertTrue(browser.pageText().contains("María Guadalupe López García"));
        assertTrue(browser.all("a[href$='/staff/']").isEmpty(), "a citizen has no intranet link");
        browser.screenshot("citizen-account");
        browser.open("/staff/");
        assertEquals("No tienes acceso a esta página", browser.text("h1"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndThenBack() {
        browser.open("/staff/catalogo");
        assertEquals("/login?volver=%2Fstaff%2Fcatalogo", browser.path());
        new LoginPage(browser).signIn("operador", "demo");
        assertEquals("/staff/catalogo", browser.path(), "back to the page first asked for");
        assertTrue(browser.pageText().contains("Bacheo"));
        assertTrue(browser.pageText().contains("48 horas hábiles"));
    }

    @Test
    void theReturnAddressNeverLeadsToAnotherSite() {
        LoginPage.open(browser, "/login?volver=%2F%2Fevil.example%2F").signIn("operador", "demo");
        assertEquals("/staff/", browser.path(), "an unsafe return address is ignored");
    }

    @Test
    void aWrongPasswordGetsAClearSpanishMessage() {
        browser.signIn("agente", "no-es-la-contraseña");
        assertEquals("/login", browser.path().replaceFirst("\\?.*", ""));
        assertTrue(browser.pageText().contains("Usuario o contraseña incorrectos"), browser.pageText());
        LoginPage.open(browser).submit();
        assertTrue(browser.pageText().contains("Escribe tu usuario o correo electrónico."));
        assertTrue(browser.pageText().contains("Escribe tu contraseña."));
        browser.screenshot("login-errors");
    }

    @Test
    void aRoleCannotOpenAnotherRolesPageEvenByAddress() {
        browser.signIn("agente", "demo");
        browser.open("/staff/usuarios");
        assertEquals("No tienes acceso a esta página", browser.text("h1"));
        browser.open("/staff/organismos");
        assertEquals("No tienes acceso a esta página", browser.text("h1"));
    }

    @Test
    void aManagerSeesOnlyHisOwnBody() {
        browser.signIn("admin", "demo");
        browser.open("/staff/organismos");
        WebElement other = browser.all("#bodies a").stream()
                .filter(a -> a.getText().contains("Secretaría de Salud"))
                .findFirst()
                .orElseThrow();
        String otherBody = other.getAttribute("href");
        browser.driver().get(otherBody);
        assertTrue(browser.text("h1").contains("Secretaría de Salud"), "the agency sees every body");
        browser.signOut();

        browser.signIn("gerente", "demo");
        browser.driver().get(otherBody);
        assertEquals("No tienes acceso a esta página", browser.text("h1"));
        browser.open("/staff/organismo");
        assertEquals("H. Ayuntamiento de Metepec", browser.text("h1"));
        browser.open("/staff/usuarios");
        List<String> bodies = browser.all("#accounts\\:table tbody tr td:nth-child(3)").stream()
                .map(WebElement::getText)
                .map(t -> t.replaceFirst("^Organismo\\s*", ""))
                .distinct()
                .toList();
        assertEquals(List.of("H. Ayuntamiento de Metepec"), bodies, "a manager lists only his body's staff");
    }

    @Test
    void aStaffAccountFormRefusesEachFieldInSpanishAndKeepsWhatWasTyped() {
        browser.signIn("admin", "demo");
        browser.open("/staff/usuarios");
        browser.trackAjax();
        browser.click("#newAccount\\:create");
        browser.awaitAjax("the refusal of the empty form");
        assertEquals("Personal", browser.text("h1"), "an empty form stays on its page");
        assertEquals(
                "Escribe el usuario con el que entrará la persona.",
                browser.text("[id='newAccount:username'] ~ .field-error"));
        assertEquals(
                "Escribe el nombre completo de la persona.", browser.text("[id='newAccount:fullName'] ~ .field-error"));
        assertEquals("Escribe tu correo electrónico.", browser.text("[id='newAccount:email'] ~ .field-error"));
        assertEquals(
                "La contraseña debe tener al menos 12 caracteres.",
                browser.text("[id='newAccount:password'] ~ .field-error"));
        assertEquals("Elige el organismo.", browser.text("[id='newAccount:body'] ~ .field-error"));
        assertEquals("Elige al menos un rol.", browser.text("[id='newAccount:roles'] ~ .field-error"));
        assertEquals("true", browser.attribute("#newAccount\\:username", "aria-invalid"));

        String username = "eva" + System.nanoTime() % 100000;
        browser.type("#newAccount\\:username", username)
                .type("#newAccount\\:fullName", "Eva Prueba")
                .type("#newAccount\\:email", username + "@example.mx")
                .type("#newAccount\\:password", "contraseña-larga")
                .select("#newAccount\\:body", "H. Ayuntamiento de Metepec");
        // Choosing the body fetches its units over Ajax: wait for them before going on.
        browser.waitUntil(
                "the units of the chosen body",
                java.time.Duration.ofSeconds(30),
                () -> browser.all("#newAccount\\:department option").size() > 1);
        browser.awaitAjax("the units of the chosen body");
        for (String role : List.of("EVALUADOR", "AGENTE")) {
            browser.click("#newAccount\\:roles input[value='" + role + "']");
            assertTrue(
                    browser.find("#newAccount\\:roles input[value='" + role + "']")
                            .isSelected(),
                    role);
        }
        // The form answers over Ajax, replacing itself: wait for the new form, then for its refusal.
        org.openqa.selenium.WebElement create = browser.find("#newAccount\\:create");
        browser.clickAjax("#newAccount\\:create", "the form to answer", () -> isGone(create));
        browser.awaitAjax("the refusal of the roles");
        browser.waitUntil(
                "the refusal of the roles",
                java.time.Duration.ofSeconds(30),
                () -> browser.all("[id='newAccount:roles'] ~ .field-error").stream()
                        .anyMatch(e -> e.getText().startsWith("Los roles")));
        browser.screenshot("staff-account-roles-refused");
        assertFalse(browser.all("[id='newAccount:roles'] ~ .field-error").isEmpty(), browser.pageText());
        assertEquals(
                "Los roles Administrador, Evaluador y Moderador son solo del personal de la Agencia Digital y "
                        + "H. Ayuntamiento de Metepec no es la agencia: quítalos o elige la agencia como organismo.",
                browser.text("[id='newAccount:roles'] ~ .field-error"));
        assertEquals(
                "Un agente trabaja en un área: elige el área de H. Ayuntamiento de Metepec en la que trabajará.",
                browser.text("[id='newAccount:department'] ~ .field-error"));
        assertEquals(username, browser.attribute("#newAccount\\:username", "value"), "what was typed stays");
        assertEquals("Eva Prueba", browser.attribute("#newAccount\\:fullName", "value"));
        assertEquals("H. Ayuntamiento de Metepec", browser.selected("#newAccount\\:body"));
        assertFalse(browser.pageText().contains("is a role of the agency"), browser.pageText());
        browser.screenshot("staff-account-refused");
        browser.phoneScreenshot("staff-account-refused-phone");
    }

    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("moderador", "demo");
        assertEquals("/staff/", browser.path());
        browser.signOut();
        assertTrue(browser.pageText().contains("Cerraste tu sesión."));
        browser.open("/staff/");
        assertEquals("/login", browser.path().replaceFirst("\\?.*", ""));
    }
}
