package org.puente.calendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.puente.casework.ClockCalendar;
import org.puente.organization.Body;

/** Bodies' business calendars: working hours and holidays. A body's office hours are public. */
@Stateless
public class CalendarService {

    /**
     * Every intake computes a deadline: the calendar and its holidays are kept for a minute rather
     * than read again each time (a holiday added here clears them at once; on another cluster node
     * it shows within the minute).
     */
    private static final java.util.Map<String, CachedTime> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static final long CACHE_NANOS = java.time.Duration.ofMinutes(1).toNanos();

    private record CachedTime(ClockCalendar time, long loadedAt) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public Optional<BusinessCalendar> calendarOf(Body body) {
        return em.createNamedQuery("BusinessCalendar.byBody", BusinessCalendar.class)
                .setParameter("body", body)
                .getResultStream()
                .findFirst();
    }

    public List<Holiday> holidays(BusinessCalendar calendar, int year) {
        return em.createNamedQuery("Holiday.between", Holiday.class)
                .setParameter("calendar", calendar)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** Adds the year's official holidays the calendar lacks; returns how many were added. */
    public int addOfficialHolidays(BusinessCalendar calendar, int year) {
        Set<LocalDate> present =
                holidays(calendar, year).stream().map(Holiday::getDay).collect(Collectors.toSet());
        int added = 0;
        for (Map.Entry<LocalDate, String> day :
                OfficialHolidays.of(calendar.getHolidayCountry(), year).entrySet()) {
            if (!present.contains(day.getKey())) {
                em.persist(new Holiday(calendar, day.getKey(), day.getValue(), true));
                added++;
            }
        }
        if (added > 0) {
            CACHE.clear();
        }
        return added;
    }

    /**
     * The body's business calendar ({@link ClockCalendar}, the one the legal clock walks too): its working days
     * and hours with the holidays of the year before {@code year} to two years after it (a deadline never reaches
     * further). A body without a calendar works as a Mexican public office.
     */
    public ClockCalendar businessTime(Body body, int year) {
        String key = body.getCode() + "/" + year;
        CachedTime cached = CACHE.get(key);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < CACHE_NANOS) {
            return cached.time();
        }
        ClockCalendar time = load(body, year);
        CACHE.put(key, new CachedTime(time, now));
        return time;
    }

    private ClockCalendar load(Body body, int year) {
        BusinessCalendar calendar = calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        if (calendar.getId() == null) {
            Map<LocalDate, String> named = new TreeMap<>();
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

    /** The body's calendar, made as a Mexican public office with this year's official holidays when it has none. */
    public BusinessCalendar calendarFor(Body body, int year) {
        return calendarOf(body).orElseGet(() -> {
            BusinessCalendar made = BusinessCalendar.mexicanOffice(body);
            em.persist(made);
            addOfficialHolidays(made, year);
            return made;
        });
    }

    /**
     * Adds a local holiday (días inhábiles declared by the body); refuses a second one on the same day.
     * The caller recalculates the open cases it reaches.
     */
    public Holiday addHoliday(BusinessCalendar calendar, LocalDate day, String name) {
        boolean taken = !em.createNamedQuery("Holiday.between", Holiday.class)
                .setParameter("calendar", calendar)
                .setParameter("from", day)
                .setParameter("to", day)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new org.puente.platform.BusinessException("holidayDay", "clock.holiday.taken");
        }
        Holiday holiday = new Holiday(calendar, day, name, false);
        em.persist(holiday);
        forget();
        return holiday;
    }

    /** Removes one of the calendar's holidays (official or local); returns it, or empty when it is not there. */
    public Optional<Holiday> removeHoliday(BusinessCalendar calendar, Long holidayId) {
        Holiday holiday = holidayId == null ? null : em.find(Holiday.class, holidayId);
        if (holiday == null || !holiday.getCalendar().getId().equals(calendar.getId())) {
            return Optional.empty();
        }
        em.remove(holiday);
        forget();
        return Optional.of(holiday);
    }

    /** Changes the body's working days and hours (the attention hours every intake form shows). */
    public void changeHours(
            BusinessCalendar calendar,
            java.time.LocalTime start,
            java.time.LocalTime end,
            Set<java.time.DayOfWeek> days) {
        calendar.changeHours(start, end, days);
        forget();
    }

    /** Forgets the kept business times (a holiday or the working hours changed). */
    public static void forget() {
        CACHE.clear();
    }

    /** Keeps every calendar's official holidays filled in for the given year. */
    public int addOfficialHolidaysEverywhere(int year) {
        return em.createQuery("select c from BusinessCalendar c", BusinessCalendar.class)
                .getResultStream()
                .mapToInt(c -> addOfficialHolidays(c, year))
                .sum();
    }
}
