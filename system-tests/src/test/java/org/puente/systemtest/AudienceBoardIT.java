package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A digital public audience run end to end in three browsers: the administrator plans it on the intranet, a
 * citizen on a phone registers three petitions on the public form and gets turns 1, 2 and 3, then the
 * administrator runs it from the officials' screen while a second public browser watches the turn board change
 * live, without reloading (a marker set by the page's script on load survives every change); the computed
 * minutes and the public figures match what was marked. Screenshots at 390 and 1366 px.
 */
class AudienceBoardIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Duration LIVE = Duration.ofSeconds(15);

    @Test
    void threePetitionsAreRegisteredAndAttendedWhileTheBoardChangesLive() throws Exception {
        // a day no demo session takes: a Thursday well ahead
        LocalDate day = LocalDate.now(MEXICO_CITY).plusWeeks(3).with(java.time.DayOfWeek.THURSDAY);
        try (Browser admin = new Browser("--window-size=1366,900");
                Browser citizen = new Browser();
                Browser watcher = new Browser("--window-size=1366,900")) {
            citizen.driver().manage().window().setSize(new Dimension(390, 844));

            admin.signIn("admin", "demo");
            admin.open("/staff/audiencias");
            admin.date("#plan\\:day", day);
            admin.type("#plan\\:place", "Salón de Cabildo del Palacio Municipal");
            admin.type("#plan\\:meetingLink", "https://audiencia.metepec.gob.mx/sala-prueba");
            admin.type("#plan\\:officials", "Presidenta municipal; Director de Obras Públicas");
            admin.driver()
                    .findElement(By.xpath("//label[normalize-space()='Dirección de Obras Públicas']"))
                    .click();
            admin.driver()
                    .findElement(By.xpath("//label[starts-with(normalize-space(),'Organismo de Agua Potable')]"))
                    .click();
            admin.type("#plan\\:capacity", "3");
            admin.type("#plan\\:minutesPerTurn", "20");
            admin.clickAndWait("#plan\\:save");
            assertTrue(admin.pageText().contains("Audiencia programada."), admin.pageText());
            long session;
            try (Connection c = TestDatabase.connect()) {
                session = TestDatabase.id(c, "select max(id) from audience_session where session_day = ?", day);
            }

            citizen.open("/audiencias");
            assertTrue(citizen.find("[data-session='" + session + "'] .seats-left")
                    .getText()
                    .startsWith("3 de 3"));
            citizen.phoneScreenshot("audiences-public-phone");
            String[][] people = {
                {"Dirección de Obras Públicas", "Bache frente a la primaria", "722 555 0101", "ana.board@example.mx"},
                {"Organismo de Agua Potable, Alcantarillado y Saneamiento", "Falta de agua", "722 555 0102", ""},
                {"Dirección de Obras Públicas", "Banqueta rota", "", "leo.board@example.mx"},
            };
            for (int i = 0; i < people.length; i++) {
                citizen.open("/audiencias");
                citizen.clickAndWait("[data-session='" + session + "'] a.register-link");
                assertEquals("/audiencias/registro?sesion=" + session, citizen.path());
                citizen.select("#registro\\:department", people[i][0]);
                citizen.type("#registro\\:subject", people[i][1]);
                citizen.type("#registro\\:text", "Lo platico en la audiencia: " + people[i][1].toLowerCase() + ".");
                citizen.type("#registro\\:contactName", "Vecina " + (i + 1));
                citizen.type("#registro\\:contactPhone", people[i][2]);
                citizen.type("#registro\\:contactEmail", people[i][3]);
                citizen.click("#registro\\:privacyConsent");
                if (i == 0) {
                    citizen.screenshot("audience-registration-phone");
                }
                citizen.clickAndWait("#registro\\:submit");
                assertEquals("/audiencias/registrada", citizen.path(), citizen.pageText());
                assertEquals(String.valueOf(i + 1), citizen.text("#receipt-turn"));
                assertTrue(
                        citizen.text("#receipt-folio").matches("MET-PQR-\\d{4}-\\d{6}"),
                        citizen.text("#receipt-folio"));
                if (i == 0) {
                    citizen.screenshot("audience-receipt-phone");
                    assertTrue(citizen.find("#track-link").getAttribute("href").contains("/seguimiento?folio="));
                }
            }

            watcher.open("/audiencias/turno?sesion=" + session);
            watcher.waitUntil(
                    "the board live", LIVE, () -> "true".equals(watcher.attribute("#turn-board", "data-live")));
            Object loadedAt = script(watcher, "return window.audienceBoardLoadedAt;");
            script(watcher, "window.audienceBoardStayed = 'sí';");
            assertEquals("Ninguno", watcher.text("#current-turn"));
            assertEquals(3, watcher.all("#next-turns li").size());

            admin.open("/staff/audiencia?sesion=" + session);
            admin.clickAndWait("#screen\\:open");
            admin.clickAndWait("#screen\\:callNext");
            awaitCurrent(watcher, "1");
            watcher.screenshot("audience-board-desktop");
            admin.type("#screen\\:outcome", "Se programa el bacheo frente a la primaria el lunes.");
            admin.clickAndWait("#screen\\:atOnce");
            admin.clickAndWait("#screen\\:callNext");
            awaitCurrent(watcher, "2");
            admin.screenshot("audience-screen-desktop");
            admin.type("#screen\\:outcome", "Revisar el rebombeo de la colonia.");
            admin.clickAndWait("#screen\\:turnOver");
            admin.clickAndWait("#screen\\:callNext");
            awaitCurrent(watcher, "3");
            watcher.phoneScreenshot("audience-board-phone");
            admin.clickAndWait("#screen\\:noShow");
            awaitCurrent(watcher, "Ninguno");
            admin.clickAndWait("#screen\\:close");
            watcher.waitUntil("the board closed", LIVE, () -> watcher.text("#board-status")
                    .equals("Concluida"));
            assertEquals(3, watcher.all("#done-turns .done-turn").size());
            assertEquals("sí", script(watcher, "return window.audienceBoardStayed;"), "the board was never reloaded");
            assertEquals(loadedAt, script(watcher, "return window.audienceBoardLoadedAt;"));
            assertTrue(watcher.pageText().indexOf("Vecina") < 0, "no name on the public board");

            // 3 registered: 1 at once, 1 turned over (Agua), 1 no-show -> 2 attended, 1 of 2 at once = 50 %
            assertEquals("3", admin.text("#minutes-registered"));
            assertEquals("2", admin.text("#minutes-attended"));
            assertEquals("1 (50 %)", admin.text("#minutes-at-once"));
            assertEquals("1", admin.text("#minutes-turned"));
            assertEquals("1", admin.text("#minutes-no-shows"));
            assertEquals(
                    "Organismo de Agua Potable, Alcantarillado y Saneamiento: 1", admin.text("#minutes-pending li"));
            admin.screenshot("audience-minutes-desktop");

            watcher.open("/audiencias");
            String row = "#past-figures tr[data-session='" + session + "'] ";
            assertEquals("2", watcher.text(row + ".attended"));
            assertEquals("50 %", watcher.text(row + ".at-once"));
            assertEquals("1", watcher.text(row + ".pending"));
            assertEquals("1", watcher.text(row + ".no-shows"));
            watcher.screenshot("audiences-public-desktop");
            watcher.assertAccessible();
        }
    }

    private static Object script(Browser browser, String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    private static void awaitCurrent(Browser watcher, String turn) {
        watcher.waitUntil("the current turn " + turn, LIVE, () -> watcher.text("#current-turn")
                .equals(turn));
        assertEquals("sí", script(watcher, "return window.audienceBoardStayed;"), "not reloaded");
    }
}
