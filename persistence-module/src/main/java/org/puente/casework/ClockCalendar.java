package org.puente.casework;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.Holiday;

/**
 * A body's {@link BusinessCalendar} and holidays as the legal clock reads them: working weekdays, the
 * working hours as minutes of the day, holidays by epoch day with their names, and the body's zone.
 * Immutable and cheap to query (no allocation per day), so one instance serves many cases.
 *
 * <p>The one business calendar of Puente: the legal clock of petitions walks it ({@link LegalClock}), and
 * the deadlines of reports and incidents count business time on it ({@link #plus}, {@link #between}):
 * "48 business hours from Friday 17:00" is the Wednesday after at 17:00 on a 9-18 calendar.
 */
public final class ClockCalendar {

    /** Business time is counted at most this many days ahead (ten years). */
    private static final int MAX_DAYS = 3660;

    private final boolean[] working = new boolean[7];
    private final int openMinute;
    private final int closeMinute;
    private final long[] holidayDays;
    private final String[] holidayNames;
    private final ZoneId zone;

    private ClockCalendar(
            Set<DayOfWeek> days, LocalTime open, LocalTime close, Map<LocalDate, String> holidays, ZoneId zone) {
        if (days.isEmpty() || !open.isBefore(close)) {
            throw new IllegalArgumentException("A calendar needs working days and hours");
        }
        days.forEach(d -> working[d.getValue() - 1] = true);
        this.openMinute = open.getHour() * 60 + open.getMinute();
        this.closeMinute = close.getHour() * 60 + close.getMinute();
        TreeMap<LocalDate, String> sorted = new TreeMap<>(holidays);
        this.holidayDays =
                sorted.keySet().stream().mapToLong(LocalDate::toEpochDay).toArray();
        this.holidayNames = sorted.values().toArray(String[]::new);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The calendar of a body: its working days and hours, these holidays, the body's time zone. */
    public static ClockCalendar of(BusinessCalendar calendar, Collection<Holiday> holidays) {
        Map<LocalDate, String> named = new TreeMap<>();
        holidays.forEach(h -> named.put(h.getDay(), h.getName()));
        return of(
                calendar.getWorkingDays(),
                calendar.getWorkdayStart(),
                calendar.getWorkdayEnd(),
                named,
                calendar.getBody().getTimeZone());
    }

    public static ClockCalendar of(
            Set<DayOfWeek> days, LocalTime open, LocalTime close, Map<LocalDate, String> holidays, ZoneId zone) {
        return new ClockCalendar(Set.copyOf(days), open, close, holidays, zone);
    }

    /** The same calendar with one more holiday (what an administrator's new holiday does to open cases). */
    public ClockCalendar withHoliday(LocalDate day, String name) {
        Map<LocalDate, String> more = new TreeMap<>();
        for (int i = 0; i < holidayDays.length; i++) {
            more.put(LocalDate.ofEpochDay(holidayDays[i]), holidayNames[i]);
        }
        more.put(day, name);
        return new ClockCalendar(
                workingDays(),
                LocalTime.of(openMinute / 60, openMinute % 60),
                LocalTime.of(closeMinute / 60, closeMinute % 60),
                more,
                zone);
    }

    private Set<DayOfWeek> workingDays() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            if (working[i]) {
                days.add(DayOfWeek.of(i + 1));
            }
        }
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    /** True when the body works that day: a working weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day.toEpochDay());
    }

    /** The instant that lies the given business time after {@code from} (to the second). */
    public OffsetDateTime plus(OffsetDateTime from, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time runs forward");
        }
        ZonedDateTime cursor = from.atZoneSameInstant(zone);
        Duration remaining = businessTime;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            ZonedDateTime open = opening(date);
            ZonedDateTime close = closing(date);
            if (isWorkingDay(date) && cursor.isBefore(close)) {
                if (cursor.isBefore(open)) {
                    cursor = open;
                }
                Duration available = Duration.between(cursor, close);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining).toOffsetDateTime().withOffsetSameInstant(from.getOffset());
                }
                remaining = remaining.minus(available);
            }
            cursor = opening(date.plusDays(1));
        }
        throw new IllegalStateException("No working time within ten years of " + from);
    }

    /** Business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(OffsetDateTime from, OffsetDateTime to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZoneSameInstant(zone);
        ZonedDateTime target = to.atZoneSameInstant(zone);
        for (int day = 0; day < MAX_DAYS && cursor.isBefore(target); day++) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                ZonedDateTime open = opening(date);
                ZonedDateTime close = closing(date);
                ZonedDateTime a = cursor.isAfter(open) ? cursor : open;
                ZonedDateTime b = target.isBefore(close) ? target : close;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        return total;
    }

    private ZonedDateTime opening(LocalDate date) {
        return date.atStartOfDay().plusMinutes(openMinute).atZone(zone);
    }

    private ZonedDateTime closing(LocalDate date) {
        return date.atStartOfDay().plusMinutes(closeMinute).atZone(zone);
    }

    /** The instant of a minute of a local day in the body's zone. */
    OffsetDateTime at(long epochDay, int minute) {
        return LocalDate.ofEpochDay(epochDay)
                .atStartOfDay()
                .plusMinutes(minute)
                .atZone(zone)
                .toOffsetDateTime();
    }

    /** True when the weekday is one the body works (the day may still be a holiday). */
    boolean isWorkingWeekday(long epochDay) {
        return working[(int) Math.floorMod(epochDay + 3, 7L)];
    }

    boolean isHoliday(long epochDay) {
        return Arrays.binarySearch(holidayDays, epochDay) >= 0;
    }

    /** The holiday's name, or null. */
    String holidayName(long epochDay) {
        int i = Arrays.binarySearch(holidayDays, epochDay);
        return i >= 0 ? holidayNames[i] : null;
    }

    boolean isWorkingDay(long epochDay) {
        return isWorkingWeekday(epochDay) && !isHoliday(epochDay);
    }

    int openMinute() {
        return openMinute;
    }

    int closeMinute() {
        return closeMinute;
    }

    int workdayMinutes() {
        return closeMinute - openMinute;
    }
}
