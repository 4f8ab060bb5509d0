package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping and starting the server keeps the data, and the demo data is not loaded a second time. */
class RestartIT {

    private static final Path SCRIPT = Path.of(System.getProperty("puente.script", "../puente"));
    private static final Path SERVER_LOG = Path.of(System.getProperty("puente.serverLog", "server.log"));

    @Test
    void dataSurvivesARestartAndDemoDataIsNotLoadedTwice() throws Exception {
        String email = "reinicio-" + UUID.randomUUID() + "@example.mx";
        try (Browser browser = new Browser()) {
            browser.open("/registro")
                    .type("#registration\\:fullName", "Rosa Reinicio")
                    .type("#registration\\:email", email)
                    .type("#registration\\:password", "contraseña-reinicio");
            browser.click("#registration\\:privacyConsent");
            browser.clickAndWait("#registration\\:submit");
            assertTrue(browser.pageText().contains("Tu cuenta está lista"));
        }

        script("stop");
        script("start");

        try (Browser browser = new Browser()) {
            browser.signIn(email, "contraseña-reinicio");
            assertEquals("/mi-cuenta", browser.path(), "the account registered before the restart is still there");
            browser.open("/");
            assertEquals(27, browser.all("li.service").size(), "the catalogue was not loaded twice");
        }
        assertTrue(Files.readString(SERVER_LOG).contains("Demo data already present"),
                "the second start found the demo data and skipped it");
    }

    private static void script(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SCRIPT.toString(), command).inheritIO().start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "./puente " + command + " finished in time");
        assertEquals(0, process.exitValue(), "./puente " + command + " succeeded");
    }
}
