package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
            RegistrationPage.open(browser).register("Rosa Reinicio", email, "contraseña-reinicio");
            assertTrue(browser.pageText().contains("Tu cuenta está lista"));
        }

        // The server log is shared by both database passes (the same server folder) and by every start: only
        // what this restart wrote counts, so the log's length is noted before it.
        ServerLog.Mark beforeRestart = ServerLog.mark(SERVER_LOG);
        script("stop");
        script("start");
        String restartLog = beforeRestart.writtenSince();

        try (Browser browser = new Browser()) {
            browser.signIn(email, "contraseña-reinicio");
            assertEquals("/mi-cuenta", browser.path(), "the account registered before the restart is still there");
            browser.open("/");
            assertEquals(27, browser.all("li.service").size(), "the catalogue was not loaded twice");
        }
        assertTrue(
                restartLog.contains("Demo data already present"),
                "this restart found the demo data and skipped it; its log ends with:\n"
                        + restartLog.substring(Math.max(0, restartLog.length() - 3000)));
        assertFalse(restartLog.contains("Demo data loaded"), "this restart loaded no demo data");
    }

    private static void script(String command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(SCRIPT.toString(), command).inheritIO().start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            // Not left running into the next test class: a start still deploying makes every later page a 404.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new AssertionError("./puente " + command + " did not finish within 8 minutes");
        }
        assertEquals(0, process.exitValue(), "./puente " + command + " succeeded");
    }
}
