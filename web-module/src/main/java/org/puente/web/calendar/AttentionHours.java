package org.puente.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.organization.Body;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.Dates;
import org.puente.web.platform.Texts;

/**
 * A body's attention hours as an intake form shows them ("De lunes a viernes, de 9:00 a 18:00"), read from its
 * business calendar (a body without one works as a Mexican public office). The include
 * {@code WEB-INF/includes/attention-hours.xhtml} shows them.
 */
@Named
@RequestScoped
public class AttentionHours {

    @Inject
    private CalendarService calendars;

    @Inject
    private Texts texts;

    @Inject
    private Dates dates;

    @Inject
    private LocaleBacking language;

    /** The sentence for this body; null without a body. */
    public String of(Body body) {
        if (body == null) {
            return null;
        }
        BusinessCalendar calendar = calendars.calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        return texts.get(
                "hours.text",
                days(new ArrayList<>(calendar.getWorkingDays())),
                dates.time(calendar.getWorkdayStart()),
                dates.time(calendar.getWorkdayEnd()));
    }

    /** "lunes a viernes" for a run of three days or more, "lunes, miércoles y viernes" otherwise. */
    private String days(List<DayOfWeek> days) {
        days.sort(null);
        DayOfWeek first = days.get(0);
        DayOfWeek last = days.get(days.size() - 1);
        if (days.size() >= 3 && last.getValue() - first.getValue() == days.size() - 1) {
            return texts.get("hours.days.range", name(first), name(last));
        }
        if (days.size() == 1) {
            return name(first);
        }
        List<String> names = days.stream().map(this::name).toList();
        return texts.get(
                "hours.days.list", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    private String name(DayOfWeek day) {
        Locale locale = language.getLocale();
        return day.getDisplayName(TextStyle.FULL, locale);
    }
}
