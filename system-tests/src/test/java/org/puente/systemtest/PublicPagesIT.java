package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public site, as a citizen on a phone or a computer sees it, in Spanish and in English. */
class PublicPagesIT extends SharedBrowser {

    @Test
    void theHomePageIsInSpanishWithMetepecsServices() {
        browser.open("/");
        assertEquals("es-MX", browser.attribute("html", "lang"));
        assertEquals("Tu gobierno, en un solo lugar", browser.text("h1"));
        assertTrue(browser.pageText().contains("Metepec"));
        assertEquals(27, browser.all("li.service").size(), "the 27 public services of the *7311 catalogue");
        assertTrue(browser.pageText().contains("Bacheo"));
        browser.screenshot("home");
        browser.phoneScreenshot("home-phone");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/login",
                "/registro",
                "/aviso-de-privacidad",
                "/no-existe",
                "/reportar",
                "/seguimiento",
                "/seguimiento?folio=MET-2000-000001",
                "/reporte-enviado",
                "/contrasena",
                "/datos",
                "/contrasena?token=no-es-un-token-valido-0123456789",
                "/olvide-contrasena"
            })
    void everyPublicPagePassesAxe(String path) {
        browser.open(path);
        browser.assertAccessible();
    }

    @Test
    void theLanguageSwitchGivesEnglishAndBack() {
        browser.open("/registro");
        browser.clickAndWait("a.lang-switch");
        assertEquals("en", browser.attribute("html", "lang"));
        assertEquals("Create a citizen account", browser.text("h1"));
        assertEquals("/registro", browser.path());
        browser.assertAccessible();
        browser.open("/");
        assertEquals("Your government, in one place", browser.text("h1"));
        browser.assertAccessible();
        browser.clickAndWait("a.lang-switch");
        assertEquals("Tu gobierno, en un solo lugar", browser.text("h1"));
    }

    @Test
    void thePrivacyNoticeIsLinkedFromEveryPage() {
        browser.open("/login");
        browser.clickAndWait("footer a[href$='/aviso-de-privacidad']");
        assertEquals("Aviso de privacidad", browser.text("h1"));
        assertTrue(browser.pageText().contains("ARCO"));
    }

    @Test
    void anUnknownAddressGetsAFriendlyPageAndNoStackTrace() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        Browser.BASE_URL + "/staff/../no-existe?x=%3Cscript%3Ealert(1)%3C/script%3E"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No encontramos esa página"), response.body());
        assertFalse(response.body().contains("Caused by") || response.body().contains("at org."), "no stack trace");
        assertFalse(response.body().contains("<script>alert"));
    }

    @Test
    void healthAnswersUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
    }
}
