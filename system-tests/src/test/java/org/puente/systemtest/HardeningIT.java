package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an attacker tries first against the running server: its headers, cookies, redirects and APIs. */
class HardeningIT {

    private static final Pattern FOLIO = Pattern.compile("\"service_request_id\"\\s*:\\s*\"(MET-\\d{4}-\\d{6})\"");
    private static final Pattern TOKEN = Pattern.compile("Código de seguimiento: (\\w+)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNamesNoProductVersion() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(
                "nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElse(null));
        assertTrue(
                home.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertTrue(
                home.headers().firstValue("Server").isEmpty(),
                "no Server header: " + home.headers().map());
        assertTrue(
                home.headers().firstValue("X-Powered-By").isEmpty(),
                "no X-Powered-By: " + home.headers().map());
        assertFalse(
                home.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "the home page may be cached");
        assertEquals(
                "no-store",
                get("/seguimiento").headers().firstValue("Cache-Control").orElse(null));
        assertEquals(
                "no-store", get("/login").headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void anUploadLargerThanAnyFormAllowsIsRefusedBeforeItIsRead() throws Exception {
        URI base = URI.create(Browser.BASE_URL);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            // 30 MB declared, a few bytes sent: the answer must come without the rest.
            out.write(("POST /reportar HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                            + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 31457280\r\n\r\n--x\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            // The answer is read as it comes (the server may keep the connection open for the rest).
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            String answer = "";
            for (int n;
                    !answer.contains("</html>") && (n = socket.getInputStream().read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
                answer = received.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("Lo que enviaste es demasiado grande"), answer);
            assertTrue(answer.contains("pesan más de 25 MB en total"), answer);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void theLanguageSwitchNeverSendsTheVisitorToAnotherSite() throws Exception {
        HttpResponse<String> answer = get("//evil.example/?idioma=en");
        String location = answer.headers().firstValue("Location").orElse("");
        assertFalse(location.startsWith("//") || location.contains("://evil.example"), location);
    }

    @Test
    void aCookieActionFromAnotherSiteIsRefused() throws Exception {
        long chat;
        try (java.sql.Connection c = TestDatabase.connect()) {
            chat = TestDatabase.id(
                    c, "select min(id) from engagement_event where kind = 'CHAT' and status = 'SCHEDULED'");
        }
        String api = "/api/chat/" + chat;
        assertEquals(
                403,
                postToChat(api + "/notices", "https://evil.example", "text=hola")
                        .statusCode());
        assertEquals(
                403,
                postToChat(api + "/participants", "https://evil.example", "nickname=Intruso")
                        .statusCode());
        HttpResponse<String> own = postToChat(api + "/participants", Browser.BASE_URL, "nickname=Vecina");
        assertEquals(200, own.statusCode(), "from Puente's own page the request reaches the API: " + own.body());
        assertTrue(own.body().contains("\"nickname\":\"Vecina\""), own.body());
    }

    private HttpResponse<String> postToChat(String path, String origin, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                        .header("Origin", origin)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anIdempotencyKeyBelongsToTheApiClientThatSentIt() throws Exception {
        String key = "clave-" + UUID.randomUUID();
        HttpResponse<String> first = post("puente-demo", key, "Bache de la primera aplicación");
        assertEquals(201, first.statusCode(), first.body());
        String folio = folio(first);
        Matcher code = TOKEN.matcher(first.body());
        assertTrue(code.find(), first.body());

        HttpResponse<String> other = post("app-municipal-de-prueba", key, "Bache de otra aplicación");
        assertEquals(201, other.statusCode(), "another client's key files its own report: " + other.body());
        assertNotEquals(folio, folio(other));
        assertFalse(other.body().contains(code.group(1)), "and never reads the first report's tracking code");

        assertEquals(
                200,
                post("puente-demo", key, "Bache de la primera aplicación").statusCode(),
                "the same client's retry");
        assertEquals(403, get("/open311/v2/tokens/" + key + ".json").statusCode(), "tokens need an api_key");
        HttpResponse<String> token = get("/open311/v2/tokens/" + key + ".json?api_key=puente-demo");
        assertEquals(200, token.statusCode(), token.body());
        assertEquals(folio, folio(token));
        HttpResponse<String> foreign = get("/open311/v2/tokens/" + key + ".json?api_key=app-municipal-de-prueba");
        assertEquals(folio(other), folio(foreign), "each client reads its own report behind the key");
    }

    private HttpResponse<String> post(String apiKey, String idempotencyKey, String description) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Idempotency-Key", idempotencyKey)
                        .header("Accept-Language", "es-MX")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "api_key=" + apiKey + "&service_code=bacheo&lat=19.2549&long=-99.6047&description="
                                        + description.replace(' ', '+')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String folio(HttpResponse<String> answer) {
        Matcher m = FOLIO.matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }
}
