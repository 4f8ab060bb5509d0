package org.puente.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.organization.Body;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.Texts;

/**
 * A body's attention hours in words, as every intake form shows them (the petition, contact and audience
 * forms, through {@code WEB-INF/includes/attention-hours.xhtml}): "Lunes a viernes de 9:00 a 18:00" for
 * consecutive working days, "Lunes, miércoles y viernes de 9:00 a 14:00" otherwise, read from the body's
 * business calendar (a body without one works as a Mexican public office). The connecting words are the
 * bundle's {@code hours.*}.
 */
@Named
@RequestScoped
public class AttentionHours {

    @Inject
    private CalendarService calendars;

    @Inject
    private Texts texts;

    @Inject
    private LocaleBacking language;

    /** The sentence for this body; null without a body. */
    public String of(Body body) {
        if (body == null) {
            return null;
        }
        BusinessCalendar calendar = calendars.calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        return describe(
                calendar.getWorkingDays(),
                calendar.getWorkdayStart(),
                calendar.getWorkdayEnd(),
                language.getLocale(),
                texts.get("hours.range"),
                texts.get("hours.list"),
                texts.get("hours.and"));
    }

    /**
     * @param range the pattern for consecutive days: {0} first day, {1} last day, {2} opens, {3} closes
     * @param list the pattern for other days: {0} the days, {2} opens, {3} closes
     * @param and the word before the last day of a list ("y")
     */
    public static String describe(
            Set<DayOfWeek> days,
            LocalTime opens,
            LocalTime closes,
            Locale locale,
            String range,
            String list,
            String and) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm", locale);
        String from = time.format(opens);
        String to = time.format(closes);
        boolean consecutive = sorted.size() > 2
                && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (consecutive) {
            return capitalised(
                    MessageFormat.format(
                            range, name(sorted.get(0), locale), name(sorted.get(sorted.size() - 1), locale), from, to),
                    locale);
        }
        String names;
        if (sorted.size() == 1) {
            names = name(sorted.get(0), locale);
        } else {
            names = sorted.subList(0, sorted.size() - 1).stream()
                            .map(d -> name(d, locale))
                            .collect(Collectors.joining(", "))
                    + " " + and + " " + name(sorted.get(sorted.size() - 1), locale);
        }
        return capitalised(MessageFormat.format(list, names, null, from, to), locale);
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
