package org.puente.web.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.puente.engagement.AgencyBody;
import org.puente.engagement.EngagementRules;
import org.puente.engagement.ProposedSchedule;

/**
 * Shows chats' and forums' dates as people read them, in the page's language and the agency's time
 * zone: "martes, 8 de diciembre de 2026, 11:00 a 13:00", "del 7 al 21 de enero de 2027".
 */
@Named
@RequestScoped
public class Schedules {

    @Inject
    private AgencyBody agency;

    /** The agency's time zone (the chats' windows are its hours), read once a request. */
    private ZoneId zone;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A proposal: a chat's day and window, or a forum's first and last day. */
    public String when(ProposedSchedule s) {
        if (s == null || s.startDate() == null) {
            return "";
        }
        if (s.startTime() != null && s.endTime() != null) {
            return longDay(s.startDate()) + ", " + TIME.format(s.startTime()) + "–" + TIME.format(s.endTime());
        }
        return day(s.startDate()) + " – " + day(s.endDate());
    }

    /** A proposal in few words, for lists: "mar 8 dic 2026, 11:00–13:00", "7 ene – 21 ene 2027". */
    public String whenShort(ProposedSchedule s) {
        if (s == null || s.startDate() == null) {
            return "";
        }
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale());
        if (s.startTime() != null && s.endTime() != null) {
            return shortDay.format(s.startDate()) + ", " + TIME.format(s.startTime()) + "–" + TIME.format(s.endTime());
        }
        return DateTimeFormatter.ofPattern("d MMM", locale()).format(s.startDate()) + " – "
                + DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(s.endDate());
    }

    /** The agency's time zone, from its body ({@code Body.getTimeZone()}). */
    public ZoneId zone() {
        if (zone == null) {
            zone = agency.get().getTimeZone();
        }
        return zone;
    }

    /** Today in the agency. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(zone());
    }

    /** An event's span: the day and hours of a chat, the days of a forum. */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        LocalDateTime from = start.atZoneSameInstant(zone()).toLocalDateTime();
        LocalDateTime to = end == null ? from : end.atZoneSameInstant(zone()).toLocalDateTime();
        if (from.toLocalDate().equals(to.toLocalDate()) && !from.equals(to)) {
            return longDay(from.toLocalDate()) + ", " + TIME.format(from) + "–" + TIME.format(to);
        }
        // A forum ends at midnight after its last day.
        LocalDate last = to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? to.toLocalDate().minusDays(1)
                : to.toLocalDate();
        return day(from.toLocalDate()) + " – " + day(last);
    }

    /** The day an event starts, e.g. the day a forum opens: "jueves, 3 de diciembre de 2026". */
    public String startDay(OffsetDateTime start) {
        return start == null ? "" : longDay(start.atZoneSameInstant(zone()).toLocalDate());
    }

    public String longDay(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale())
                        .format(day);
    }

    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(day);
    }

    /** A date and time of the agency, e.g. a training. */
    public String at(OffsetDateTime at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(at.atZoneSameInstant(zone()).toLocalDateTime());
    }

    /** The value of a window in forms, "11:00-13:00". */
    public static String windowValue(EngagementRules.Window w) {
        return w.toString();
    }

    public String windowLabel(EngagementRules.Window w) {
        return TIME.format(w.start()) + "–" + TIME.format(w.end());
    }

    /** A file's size in kilobytes, at least 1. */
    public long kilobytes(Integer bytes) {
        return bytes == null ? 0 : Math.max(1, Math.round(bytes / 1024.0));
    }

    public String topics(List<String> topics) {
        return topics == null ? "" : String.join(" · ", topics);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.forLanguageTag("es-MX")
                : context.getViewRoot().getLocale();
    }
}
