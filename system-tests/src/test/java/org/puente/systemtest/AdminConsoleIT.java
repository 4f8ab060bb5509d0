package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Administrators use Payara Server's own console, where the puente application is deployed; the puente
 * script gave its "admin" user a generated password (kept in the server's folder, readable by its owner
 * only) and binds it to the loopback address.
 */
class AdminConsoleIT {

    private static final String ADMIN_URL = System.getProperty("puente.adminUrl", "http://localhost:4848");
    private static final Path PASSWORD_FILE = Path.of(
            Optional.ofNullable(System.getenv("PUENTE_SERVER_DIR")).orElse("../.puente/server"), "admin-password");
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theConsoleAsksForThePasswordAndListsPuente() throws Exception {
        // The console installs itself on first use and answers 202 "loading" meanwhile.
        HttpResponse<String> console = null;
        for (int attempt = 0; attempt < 90; attempt++) {
            console = http.send(
                    HttpRequest.newBuilder(URI.create(ADMIN_URL + "/")).build(), HttpResponse.BodyHandlers.ofString());
            if (console.statusCode() != 202) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(200, console.statusCode(), "the admin console page");
        assertTrue(console.body().contains("Payara"), "it is Payara Server's console");
        assertTrue(console.body().contains("j_password"), "it asks for the password first");

        HttpResponse<String> anonymous = listApplications(Optional.empty());
        assertEquals(401, anonymous.statusCode(), "the REST API without the password: " + anonymous.body());
        assertFalse(anonymous.body().contains("\"puente\""), anonymous.body());
        assertEquals(401, listApplications(Optional.of("admin:")).statusCode(), "the empty password of old");

        HttpResponse<String> applications = listApplications(Optional.of("admin:" + password()));
        assertEquals(200, applications.statusCode(), applications.body());
        assertTrue(applications.body().contains("\"puente\""), applications.body());
    }

    @Test
    void thePasswordIsKeptForItsOwnerOnly() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE)));
        assertTrue(password().length() >= 20, "a generated password, not a word");
    }

    @Test
    void theAdminPortListensOnTheLoopbackAddressOnly() throws IOException {
        int port = URI.create(ADMIN_URL).getPort();
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .filter(AdminConsoleIT::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
        for (InetAddress other : others) {
            assertThrows(
                    IOException.class,
                    () -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(other, port), 2000);
                        }
                    },
                    "the admin port answers on " + other.getHostAddress());
        }
    }

    private HttpResponse<String> listApplications(Optional<String> credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(ADMIN_URL + "/management/domain/applications/list-applications"))
                .header("Accept", "application/json")
                .header("X-Requested-By", "puente");
        credentials.ifPresent(c -> request.header(
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8))));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The file is in asadmin's --passwordfile format: {@code AS_ADMIN_PASSWORD=...}. */
    private static String password() throws IOException {
        return Files.readAllLines(PASSWORD_FILE).stream()
                .filter(l -> l.startsWith("AS_ADMIN_PASSWORD="))
                .map(l -> l.substring("AS_ADMIN_PASSWORD=".length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no AS_ADMIN_PASSWORD line in " + PASSWORD_FILE));
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
