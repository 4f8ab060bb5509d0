package org.puente.web.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;
import org.puente.engagement.PublicEvent;

class IcsCalendarTest {

    /** The agency's zone in the demo data (its body's). */
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    /** The web bundle's texts the agenda servlet gives a visitor without a session. */
    private static final ResourceBundle SPANISH =
            ResourceBundle.getBundle("org.puente.web.i18n.messages", Locale.forLanguageTag("es-MX"));

    private static PublicEvent chat(String title) {
        OffsetDateTime start =
                LocalDateTime.of(2026, 12, 8, 11, 0).atZone(MEXICO).toOffsetDateTime();
        return new PublicEvent(
                7L,
                EngagementKind.CHAT,
                title,
                List.of(title),
                "Secretaría de Salud del Estado de México",
                "Dra. Ana Pérez",
                "Directora de Epidemiología",
                start,
                start.plusHours(2),
                EventStatus.SCHEDULED);
    }

    @Test
    void timesAreLocalToMexicoCityWithItsOffset() {
        String ics = IcsCalendar.of(
                chat("Dengue"),
                "https://puente.gob.mx",
                "puente.gob.mx",
                OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                MEXICO,
                SPANISH);
        List<String> lines = IcsCalendar.unfold(ics);
        assertTrue(lines.contains("DTSTART;TZID=America/Mexico_City:20261208T110000"), ics);
        assertTrue(lines.contains("DTEND;TZID=America/Mexico_City:20261208T130000"), ics);
        assertTrue(lines.contains("TZOFFSETTO:-0600"), ics);
        assertTrue(lines.contains("DTSTAMP:20261201T120000Z"), ics);
        assertTrue(lines.contains("UID:evento-7@puente.gob.mx"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void aChatLinksToItsRoomAndBlocksItsTwoHours() {
        List<String> lines = IcsCalendar.unfold(IcsCalendar.of(
                chat("Dengue"),
                "https://puente.gob.mx",
                "puente.gob.mx",
                OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                MEXICO,
                SPANISH));
        assertTrue(lines.contains("URL:https://puente.gob.mx/chat?evento=7"), lines.toString());
        assertTrue(
                lines.stream()
                        .anyMatch(l ->
                                l.startsWith("DESCRIPTION:") && l.endsWith("\\nhttps://puente.gob.mx/chat?evento=7")),
                lines.toString());
        assertTrue(lines.contains("TRANSP:OPAQUE"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("/agenda")), lines.toString());
    }

    @Test
    void aForumIsAllDayDatesWithAnExclusiveEndThatDoNotBlockTime() {
        // A forum from Thursday 3 to Thursday 24 December 2026: open until midnight after the 24th.
        OffsetDateTime start =
                LocalDateTime.of(2026, 12, 3, 0, 0).atZone(MEXICO).toOffsetDateTime();
        OffsetDateTime end = LocalDateTime.of(2026, 12, 25, 0, 0).atZone(MEXICO).toOffsetDateTime();
        PublicEvent forum = new PublicEvent(
                12L,
                EngagementKind.FORUM,
                "Salud mental",
                List.of("Salud mental"),
                "Secretaría de Salud del Estado de México",
                "Dra. Ana Pérez",
                null,
                start,
                end,
                EventStatus.SCHEDULED);
        List<String> lines = IcsCalendar.unfold(IcsCalendar.of(
                forum,
                "https://puente.gob.mx/",
                "puente.gob.mx",
                OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                MEXICO,
                SPANISH));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20261203"), lines.toString());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20261225"), lines.toString());
        assertTrue(lines.contains("TRANSP:TRANSPARENT"), lines.toString());
        assertFalse(lines.contains("TRANSP:OPAQUE"), lines.toString());
        assertTrue(lines.contains("URL:https://puente.gob.mx/foro?evento=12"), lines.toString());
        assertFalse(
                lines.stream().anyMatch(l -> l.startsWith("DTSTART;TZID") || l.startsWith("DTEND;TZID")),
                lines.toString());
    }

    @Test
    void textIsEscapedAndLongLinesFoldedWithoutBreakingCharacters() {
        String title = "Vacunación, influenza; niños\\adultos y ñandúes " + "á".repeat(80);
        String ics = IcsCalendar.of(
                chat(title), "https://puente.gob.mx", "puente.gob.mx", OffsetDateTime.now(), MEXICO, SPANISH);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String summary = IcsCalendar.unfold(ics).stream()
                .filter(l -> l.startsWith("SUMMARY:"))
                .findFirst()
                .orElseThrow();
        assertEquals("SUMMARY:Chat: Vacunación\\, influenza\\; niños\\\\adultos y ñandúes " + "á".repeat(80), summary);
        assertEquals("a\\nb", IcsCalendar.text("a\nb"));
    }

    @Test
    void anOrganizerNameCannotBreakOutOfItsParameter() {
        assertEquals(
                "\"H. Ayuntamiento 'X' ATTENDEE:mailto:a@b.mx\"",
                IcsCalendar.param("H. Ayuntamiento \"X\"\r\nATTENDEE:mailto:a@b.mx"));
    }

    @Test
    void aCancelledEventSaysSoToCalendars() {
        PublicEvent e = chat("Dengue");
        PublicEvent cancelled = new PublicEvent(
                e.id(),
                e.kind(),
                e.title(),
                e.topics(),
                e.bodyName(),
                e.expertName(),
                e.expertPosition(),
                e.startsAt(),
                e.endsAt(),
                EventStatus.CANCELLED);
        List<String> lines = IcsCalendar.unfold(IcsCalendar.of(
                cancelled,
                "https://puente.gob.mx",
                "puente.gob.mx",
                OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                MEXICO,
                SPANISH));
        assertTrue(lines.contains("STATUS:CANCELLED"), lines.toString());
        assertFalse(lines.contains("STATUS:CONFIRMED"), lines.toString());
    }

    @Test
    void theDescriptionSaysWhoAndWhereInTheGivenLanguage() {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        PublicEvent e = chat("Dengue");
        PublicEvent forum = new PublicEvent(
                12L,
                EngagementKind.FORUM,
                "Salud mental",
                List.of("Salud mental", "Duelo"),
                "Secretaría de Salud del Estado de México",
                "Dra. Ana Pérez",
                null,
                e.startsAt(),
                e.endsAt(),
                EventStatus.SCHEDULED);
        assertEquals(
                "DESCRIPTION:Chat con Dra. Ana Pérez\\, Directora de Epidemiología (Secretaría de Salud del Estado de"
                        + " México).\\nhttps://puente.gob.mx/chat?evento=7",
                description(IcsCalendar.of(e, "https://puente.gob.mx", "puente.gob.mx", now, MEXICO, SPANISH)));
        assertEquals(
                "DESCRIPTION:Foro con Dra. Ana Pérez (Secretaría de Salud del Estado de México).\\nTemas: Salud"
                        + " mental\\; Duelo\\nhttps://puente.gob.mx/foro?evento=12",
                description(IcsCalendar.of(forum, "https://puente.gob.mx", "puente.gob.mx", now, MEXICO, SPANISH)));
        ResourceBundle english = ResourceBundle.getBundle("org.puente.web.i18n.messages", Locale.ENGLISH);
        String ics = IcsCalendar.of(forum, "https://puente.gob.mx", "puente.gob.mx", now, MEXICO, english);
        assertEquals(
                "DESCRIPTION:Forum with Dra. Ana Pérez (Secretaría de Salud del Estado de México).\\nTopics: Salud"
                        + " mental\\; Duelo\\nhttps://puente.gob.mx/foro?evento=12",
                description(ics));
        assertTrue(IcsCalendar.unfold(ics).contains("SUMMARY:Forum: Salud mental"), ics);
    }

    private static String description(String ics) {
        return IcsCalendar.unfold(ics).stream()
                .filter(l -> l.startsWith("DESCRIPTION:"))
                .findFirst()
                .orElseThrow();
    }
}
