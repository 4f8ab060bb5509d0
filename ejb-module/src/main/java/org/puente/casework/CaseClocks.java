package org.puente.casework;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.calendar.Holiday;
import org.puente.calendar.OfficialHolidays;
import org.puente.organization.Body;

/**
 * The legal clock of each body and case type: the body's calendar with its holidays as the engine reads
 * it ({@link #clockOf}), and the terms in force for a case type ({@link #termsOf}: the administrator's
 * {@link ClockSetting}, or the type's default preset for the body's country). Every kind of case starts
 * its clock here ({@link #receive}).
 */
@Stateless
public class CaseClocks {

    /** A body's calendar is read for every intake: kept for a minute, cleared at once by a holiday change here. */
    private static final Map<Long, Cached> CACHE = new ConcurrentHashMap<>();

    private static final long CACHE_NANOS = java.time.Duration.ofMinutes(1).toNanos();

    private record Cached(LegalClock clock, long loadedAt) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private CalendarService calendars;

    @Inject
    private Clock clock;

    /** The engine over the body's calendar and its holidays of last year, this year and the next two. */
    public LegalClock clockOf(Body body) {
        Cached cached = CACHE.get(body.getId());
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < CACHE_NANOS) {
            return cached.clock();
        }
        LegalClock loaded = new LegalClock(load(body));
        CACHE.put(body.getId(), new Cached(loaded, now));
        return loaded;
    }

    /** Forgets the kept calendars (a holiday or the working hours changed). */
    public static void forget() {
        CACHE.clear();
    }

    private ClockCalendar load(Body body) {
        BusinessCalendar calendar = calendars.calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        int year =
                OffsetDateTime.now(clock).atZoneSameInstant(body.getTimeZone()).getYear();
        if (calendar.getId() == null) {
            Map<LocalDate, String> named = new java.util.TreeMap<>();
            for (int y = year - 1; y <= year + 2; y++) {
                named.putAll(OfficialHolidays.of(calendar.getHolidayCountry(), y));
            }
            return ClockCalendar.of(
                    calendar.getWorkingDays(),
                    calendar.getWorkdayStart(),
                    calendar.getWorkdayEnd(),
                    named,
                    body.getTimeZone());
        }
        List<Holiday> holidays = em.createNamedQuery("Holiday.between", Holiday.class)
                .setParameter("calendar", calendar)
                .setParameter("from", LocalDate.of(year - 1, 1, 1))
                .setParameter("to", LocalDate.of(year + 2, 12, 31))
                .getResultList();
        return ClockCalendar.of(calendar, holidays);
    }

    /** The administrator's setting for the body and case type, if he made one. */
    public Optional<ClockSetting> settingOf(Body body, String caseType) {
        return em.createNamedQuery("ClockSetting.of", ClockSetting.class)
                .setParameter("body", body)
                .setParameter("caseType", caseType)
                .getResultStream()
                .findFirst();
    }

    /** The terms in force for the case type: the body's setting, or {@code preset} when it made none. */
    public ClockTerms termsOf(Body body, String caseType, ClockPreset preset) {
        return settingOf(body, caseType).map(ClockSetting::getTerms).orElse(preset.terms());
    }

    /** A new case's clock, received at {@code at} under the terms in force. */
    public CaseClock receive(Body body, String caseType, ClockPreset preset, OffsetDateTime at) {
        return CaseClock.received(at, termsOf(body, caseType, preset));
    }

    /** The country whose preset a body starts from: its calendar's holiday country ("MX" when it has none). */
    public String countryOf(Body body) {
        return calendars
                .calendarOf(body)
                .map(BusinessCalendar::getHolidayCountry)
                .orElse("MX");
    }
}
