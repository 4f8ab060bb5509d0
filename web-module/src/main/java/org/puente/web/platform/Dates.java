package org.puente.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;

/**
 * Shows an instant as people read it: in the time zone of the body it belongs to ({@code Body.getTimeZone()},
 * which the caller passes: a report's municipality's) and the page's language, in one style everywhere
 * ("1 dic 2026, 10:00"; a day alone "1 dic 2026"). An instant shown without a zone is shown in the
 * municipalities' zone (Puente serves one state).
 */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    private OrganizationService organizations;

    /** The municipalities' zone, once known. */
    private volatile ZoneId home;

    public String show(OffsetDateTime at) {
        return show(at, null);
    }

    /** The instant in the given time zone (the body's); null is the municipalities' zone. */
    public String show(OffsetDateTime at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(at.atZoneSameInstant(zone == null ? home() : zone));
    }

    /** The day of an instant, in the same style as {@link #show}. */
    public String dayOf(OffsetDateTime at) {
        return at == null ? "" : day(at.atZoneSameInstant(home()).toLocalDate());
    }

    /** The zone of the municipalities (the first one's); the server's until there is one. */
    private ZoneId home() {
        ZoneId zone = home;
        if (zone == null) {
            zone = organizations.municipalities().stream()
                    .map(Body::getTimeZone)
                    .findFirst()
                    .orElse(null);
            home = zone;
        }
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    /** A calendar day, in the same style as {@link #show}. */
    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(day);
    }

    /** A time of day, in the same style as {@link #show} ("9:00 AM" in English, "9:00" in Spanish). */
    public String time(LocalTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(time);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
