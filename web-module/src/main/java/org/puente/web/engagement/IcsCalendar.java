package org.puente.web.engagement;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;
import org.puente.engagement.PublicEvent;

/**
 * Writes one event as an iCalendar file (RFC 5545): times in the agency's time zone (its body's,
 * given by the caller) with its VTIMEZONE; a cancelled event says STATUS:CANCELLED; text escaped, lines folded at 75
 * octets, CRLF line ends. Nothing personal beyond what the public agenda shows (topic, expert's name and position,
 * body). The words (kind, description) come from the web bundle in the language the caller gives.
 */
final class IcsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsCalendar() {}

    /** The page where the event takes place: the chat's room or the forum, absolute. */
    static String roomUrl(PublicEvent e, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (e.kind() == EngagementKind.CHAT ? "/chat?evento=" : "/foro?evento=") + e.id();
    }

    /**
     * A chat blocks its two hours; a forum runs for weeks in which nobody is busy with it, so it is
     * written as all-day dates (the end date exclusive, RFC 5545 3.6.1) that do not block time.
     */
    static String of(
            PublicEvent e, String baseUrl, String host, OffsetDateTime now, ZoneId zone, ResourceBundle texts) {
        String roomUrl = roomUrl(e, baseUrl);
        ZoneOffset offset = zone.getRules().getOffset(e.startsAt().toInstant());
        String kind = texts.getString("engagement.kind." + e.kind().name());
        String expert = e.expertPosition() == null ? e.expertName() : e.expertName() + ", " + e.expertPosition();
        StringBuilder description =
                new StringBuilder(format(texts, "agenda.ics.description", kind, expert, e.bodyName()));
        if (e.topics().size() > 1) {
            description.append("\n").append(format(texts, "agenda.ics.topics", String.join("; ", e.topics())));
        }
        description.append("\n").append(roomUrl);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Puente//Agenda de chats y foros//ES");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:" + offset(offset));
        line(out, "TZOFFSETTO:" + offset(offset));
        line(out, "TZNAME:" + zone.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT));
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:evento-" + e.id() + "@" + host);
        line(out, "DTSTAMP:" + UTC.format(now.withOffsetSameInstant(ZoneOffset.UTC)));
        boolean forum = e.kind() == EngagementKind.FORUM;
        if (forum) {
            // The forum's end is midnight after its last day: that date is the exclusive end.
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.startsAt().atZoneSameInstant(zone)));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.endsAt().atZoneSameInstant(zone)));
        } else {
            line(
                    out,
                    "DTSTART;TZID=" + zone.getId() + ":"
                            + LOCAL.format(e.startsAt().atZoneSameInstant(zone)));
            line(
                    out,
                    "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(e.endsAt().atZoneSameInstant(zone)));
        }
        line(out, "SUMMARY:" + text(kind + ": " + e.title()));
        line(out, "DESCRIPTION:" + text(description.toString()));
        line(out, "ORGANIZER;CN=" + param(e.bodyName()) + ":mailto:no-responder@" + host);
        line(out, "URL:" + roomUrl);
        line(out, e.status() == EventStatus.CANCELLED ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        line(out, forum ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    private static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds();
        int hours = Math.abs(total) / 3600;
        int minutes = Math.abs(total) % 3600 / 60;
        return String.format("%s%02d%02d", total < 0 ? "-" : "+", hours, minutes);
    }

    /** TEXT values: backslash, semicolon, comma and new lines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A quoted parameter value: RFC 5545 allows neither DQUOTE nor control characters (CR, LF...) in it. */
    static String param(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\p{Cntrl}]+", " ") + "\"";
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }
}
