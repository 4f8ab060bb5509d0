package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing personal on any public surface (issue 14, item 1): a report full of personal data is filed
 * through Open311, then every public page reachable from the home page, and every public feed, export
 * and API answer, is fetched as an anonymous visitor; none may contain any of it.
 */
class PublicCrawlIT {

    private static final String NAME = "Juana Crawlerez";
    private static final String EMAIL = "juana.crawl@example.mx";
    private static final String PHONE = "7221239876";
    private static final String CURP = "CACJ800101MMCRLN09";
    private static final String STREET = "Calle Girasol 1234";
    private static final String LATITUDE = "19.254931";
    private static final String LONGITUDE = "-99.604712";
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");
    private static final Pattern FOLIO = Pattern.compile("\"service_request_id\"\\s*:\\s*\"(MET-\\d{4}-\\d{6})\"");
    private static final int MAX_PAGES = 400;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void noPublicPageFeedExportOrApiShowsAReportersPersonalData() throws Exception {
        String folio = file();
        List<String> secrets = List.of(
                NAME,
                "Crawlerez",
                EMAIL,
                "juana.crawl",
                PHONE,
                "722 123 9876",
                CURP,
                STREET,
                "Girasol 1234",
                LATITUDE,
                LONGITUDE,
                "19.25493",
                "-99.60471");

        Set<String> seeds = new LinkedHashSet<>(List.of(
                "/",
                "/reportar",
                "/agenda",
                "/aviso-de-privacidad",
                "/seguimiento?folio=" + folio,
                "/transparencia",
                "/transparencia/MET",
                "/transparencia/MET/tarjeta",
                "/transparencia/participacion",
                "/api/transparencia/MET",
                "/datos",
                "/datos/reportes.csv",
                "/datos/reportes.json",
                "/datos/reportes.csv?periodo=todo",
                "/open311/discovery.json",
                "/open311/discovery.xml",
                "/open311/v2/services.json",
                "/open311/v2/requests.json",
                "/open311/v2/requests.xml",
                "/open311/v2/requests/" + folio + ".json",
                "/open311/v2/requests/" + folio + ".xml",
                "/open311/v2/requests.json?service_code=bacheo&status=open"));
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        List<String> leaks = new ArrayList<>();
        int fetched = 0;
        boolean folioSeen = false;
        while (!queue.isEmpty() && fetched < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            fetched++;
            String body = answer.body();
            String lower = body.toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                    leaks.add(path + " shows \"" + secret + "\"");
                }
            }
            folioSeen |= body.contains(folio);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                Matcher m = LINK.matcher(body);
                while (m.find()) {
                    if (m.group(1).contains("codigo=")) {
                        leaks.add(path + " links to " + m.group(1) + ": a tracking code in an address");
                    }
                    String link = publicLink(m.group(1).replace("&amp;", "&"));
                    if (link != null && seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "personal data on public surfaces");
        assertTrue(fetched >= 40, "the crawl reached the public site (" + fetched + " answers): " + seen);
        assertTrue(folioSeen, "the report itself is public (its folio is), only its personal data is not");
    }

    /** A same-site address a visitor can open without signing in, or null. */
    private static String publicLink(String href) {
        String path = href;
        if (path.startsWith(Browser.BASE_URL)) {
            path = path.substring(Browser.BASE_URL.length());
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            return null;
        }
        if (path.startsWith("/staff")
                || path.startsWith("/salir")
                || path.startsWith("/jakarta.faces.resource")
                || path.contains("idioma=")
                || path.endsWith(".ics")
                || path.startsWith("/mi-cuenta")) {
            return null;
        }
        return path;
    }

    private String file() throws Exception {
        Map<String, String> form = Map.of(
                "api_key",
                "puente-demo",
                "service_code",
                "bacheo",
                "lat",
                LATITUDE,
                "long",
                LONGITUDE,
                "address_string",
                STREET,
                "description",
                "Bache enorme frente a mi casa. Soy " + NAME + ", CURP " + CURP + ", llámenme al " + PHONE
                        + " o escriban a " + EMAIL,
                "first_name",
                "Juana",
                "last_name",
                "Crawlerez",
                "email",
                EMAIL,
                "phone",
                PHONE);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        Matcher folio = FOLIO.matcher(created.body());
        assertTrue(folio.find(), created.body());
        return folio.group(1);
    }
}
