package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Administrators use Payara Server's own console, where the puente application is deployed. */
class AdminConsoleIT {

    private static final String ADMIN_URL = System.getProperty("puente.adminUrl", "http://localhost:4848");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theConsoleAnswersAndListsPuente() throws Exception {
        // The console installs itself on first use and answers 202 "loading" meanwhile.
        HttpResponse<String> console = null;
        for (int attempt = 0; attempt < 90; attempt++) {
            console = http.send(HttpRequest.newBuilder(URI.create(ADMIN_URL + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (console.statusCode() != 202) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(200, console.statusCode(), "the admin console page");
        assertTrue(console.body().contains("Payara"), "it is Payara Server's console");

        HttpResponse<String> applications = http.send(HttpRequest.newBuilder(
                        URI.create(ADMIN_URL + "/management/domain/applications/list-applications"))
                .header("Accept", "application/json").header("X-Requested-By", "puente").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, applications.statusCode(), applications.body());
        assertTrue(applications.body().contains("\"puente\""), applications.body());
    }
}
