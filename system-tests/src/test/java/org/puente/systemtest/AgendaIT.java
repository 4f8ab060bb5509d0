package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public agenda of chats and forums: the demo data's scheduled events, soonest first, nothing
 * personal, accessible on a phone; each event's .ics file is a valid calendar in Mexico City time.
 */
class AgendaIT extends SharedBrowser {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CHAT = "Prevención de accidentes en casa "
            + java.util.UUID.randomUUID().toString().substring(0, 6);
    private static final String FORUM = "Salud mental en el trabajo "
            + java.util.UUID.randomUUID().toString().substring(0, 6);

    /** A chat tomorrow and a forum from the day after: the agenda lists the events to come, soonest first. */
    @org.junit.jupiter.api.BeforeAll
    static void scheduleTwoEvents() throws Exception {
        java.time.OffsetDateTime tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("America/Mexico_City"))
                .plusDays(1)
                .atTime(11, 0)
                .atZone(java.time.ZoneId.of("America/Mexico_City"))
                .toOffsetDateTime();
        TestDatabase.event("CHAT", CHAT, tomorrow, tomorrow.plusHours(2), "SCHEDULED");
        TestDatabase.event(
                "FORUM",
                FORUM,
                tomorrow.plusDays(1).withHour(0),
                tomorrow.plusDays(15).withHour(0),
                "SCHEDULED");
    }

    @Test
    void theAgendaListsTheScheduledChatsAndForumsWithoutContactData() {
        browser.open("/agenda");
        assertEquals("Chats y foros con especialistas", browser.text("h1"));
        List<String> titles = new java.util.ArrayList<>();
        for (int page = 1; page <= 30; page++) {
            browser.open("/agenda?pagina=" + page);
            titles.addAll(browser.all("#agenda .agenda-title").stream()
                    .map(e -> e.getText().strip())
                    .toList());
            if (titles.contains(CHAT) && titles.contains(FORUM)
                    || browser.all("a[rel=next]").isEmpty()) {
                break;
            }
        }
        assertTrue(titles.contains(CHAT), titles.toString());
        assertTrue(titles.contains(FORUM), titles.toString());
        browser.open("/agenda");
        List<String> starts = browser.attributes("#agenda time", "datetime");
        List<String> sorted = starts.stream()
                .sorted(java.util.Comparator.comparing(
                        (String at) -> java.time.OffsetDateTime.parse(at).toInstant()))
                .toList();
        assertEquals(sorted, starts, "soonest first");
        String page = browser.pageText();
        assertTrue(page.contains("Dr. Roberto Sánchez Islas"), "the expert's name is public");
        assertFalse(page.contains("@demo.puente.mx") || page.contains("722"), "no e-mail or phone");
        browser.assertAccessible();
        browser.phoneScreenshot("agenda-phone");
        browser.open("/agenda?idioma=en");
        assertEquals("Chats and forums with experts", browser.text("h1"));
        browser.assertAccessible();
        browser.open("/agenda?idioma=es");
    }

    @Test
    void everyEventHasAnIcsFileInMexicoCityTime() throws Exception {
        browser.open("/agenda");
        List<String> links = browser.attributes("#agenda a[href$='.ics']", "href");
        assertFalse(links.isEmpty(), "each event links its .ics file");
        for (String link : links) {
            assertTrue(link.endsWith(".ics"), link);
            HttpResponse<String> response =
                    HTTP.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), link);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), link);
            String ics = response.body();
            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
            List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
            assertTrue(lines.contains("VERSION:2.0"));
            assertTrue(lines.contains("TZID:America/Mexico_City"));
            String url = lines.stream()
                    .filter(l -> l.startsWith("URL:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(ics));
            if (lines.stream().anyMatch(l -> l.startsWith("DTSTART;VALUE=DATE:"))) {
                // A forum: all-day dates, the end exclusive, free time in the reader's calendar.
                String start = lines.stream()
                        .filter(l -> l.startsWith("DTSTART;VALUE=DATE:"))
                        .findFirst()
                        .orElseThrow();
                String end = lines.stream()
                        .filter(l -> l.startsWith("DTEND;VALUE=DATE:"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no DTEND: " + ics));
                DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyyMMdd");
                assertTrue(
                        java.time.LocalDate.parse(start.substring(start.indexOf(':') + 1), date)
                                .isBefore(java.time.LocalDate.parse(end.substring(end.indexOf(':') + 1), date)),
                        ics);
                assertTrue(lines.contains("TRANSP:TRANSPARENT"), ics);
                assertTrue(url.matches("URL:https?://.+/foro\\?evento=\\d+"), url);
            } else {
                String start = lines.stream()
                        .filter(l -> l.startsWith("DTSTART;TZID=America/Mexico_City:"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no DTSTART in Mexico City time: " + ics));
                String end = lines.stream()
                        .filter(l -> l.startsWith("DTEND;TZID=America/Mexico_City:"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no DTEND: " + ics));
                DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
                LocalDateTime from = LocalDateTime.parse(start.substring(start.indexOf(':') + 1), local);
                LocalDateTime to = LocalDateTime.parse(end.substring(end.indexOf(':') + 1), local);
                assertTrue(from.isBefore(to), ics);
                assertTrue(lines.contains("TRANSP:OPAQUE"), ics);
                assertTrue(url.matches("URL:https?://.+/chat\\?evento=\\d+"), url);
            }
            assertFalse(url.endsWith("/agenda"), "the file leads to the event's room: " + url);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("SUMMARY:")), ics);
            assertFalse(ics.contains("@demo.puente.mx"), "no e-mail in the calendar file");
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded: " + line);
            }
        }
    }

    /** Every page names Puente's icon, which is served; the view state's hidden field has no autocomplete. */
    @Test
    void theFaviconIsServedAndTheViewStateHasNoAutocomplete() throws Exception {
        HttpResponse<byte[]> icon = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/favicon.ico"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertTrue(
                icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().firstValue("Content-Type").orElse("none"));
        byte[] ico = icon.body();
        assertTrue(ico.length > 6 && ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, "an ICO file");

        for (String path : List.of("/login", "/registro")) {
            String html = HTTP.send(
                            HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(html.contains("<link rel=\"icon\" href=\"/favicon.ico\""), path + " names the icon");
            java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                            "<input[^>]*name=\"jakarta.faces.ViewState\"[^>]*>")
                    .matcher(html);
            assertTrue(viewState.find(), path + " has a form with its view state");
            do {
                assertFalse(viewState.group().contains("autocomplete"), viewState.group());
            } while (viewState.find());
        }
        browser.signIn("gerente", "demo");
        try {
            assertEquals(
                    Browser.BASE_URL + "/favicon.ico", browser.attribute("link[rel=icon]", "href"), "the intranet too");
        } finally {
            browser.signOut();
        }
    }

    @Test
    void anUnknownEventIsNotFound() throws Exception {
        for (String path : List.of("/agenda/999999.ics", "/agenda/x.ics", "/agenda/1")) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path);
        }
    }
}
