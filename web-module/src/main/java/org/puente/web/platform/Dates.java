package org.puente.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows an instant as people read it: in the municipality's time zone and the page's language, in
 * one style everywhere ("1 dic 2026, 10:00"; a day alone "1 dic 2026").
 */
@Named
@ApplicationScoped
public class Dates {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    public String show(OffsetDateTime at) {
        return show(at, MEXICO_CITY);
    }

    /** The instant in the given time zone (the body's). */
    public String show(OffsetDateTime at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(at.atZoneSameInstant(zone == null ? MEXICO_CITY : zone));
    }

    /** The day of an instant, in the same style as {@link #show}. */
    public String dayOf(OffsetDateTime at) {
        return at == null ? "" : day(at.atZoneSameInstant(MEXICO_CITY).toLocalDate());
    }

    /** A calendar day, in the same style as {@link #show}. */
    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** A time of day, in the same style as {@link #show} ("9:00 AM" in English, "9:00" in Spanish). */
    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
