package org.puente.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Counts time the way a body works: only on working days, only within working hours, never on a
 * holiday. "48 business hours from Friday 17:00" is the Wednesday after at 17:00 on a 9-18 calendar.
 */
public final class BusinessTime {

    private static final int MAX_DAYS = 3660;

    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public BusinessTime(
            LocalTime start, LocalTime end, Set<DayOfWeek> workingDays, Set<LocalDate> holidays, ZoneId zone) {
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
        this.zone = Objects.requireNonNull(zone);
        if (!start.isBefore(end) || workingDays.isEmpty()) {
            throw new IllegalArgumentException("A business day needs working hours and days");
        }
    }

    public static BusinessTime of(BusinessCalendar calendar, Set<LocalDate> holidays) {
        return new BusinessTime(
                calendar.getWorkdayStart(),
                calendar.getWorkdayEnd(),
                calendar.getWorkingDays(),
                holidays,
                calendar.getBody().getTimeZone());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant that lies the given business time after {@code from}. */
    public OffsetDateTime plus(OffsetDateTime from, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time runs forward");
        }
        ZonedDateTime cursor = from.atZoneSameInstant(zone);
        Duration remaining = businessTime;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            ZonedDateTime open = date.atTime(start).atZone(zone);
            ZonedDateTime close = date.atTime(end).atZone(zone);
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
            cursor = date.plusDays(1).atTime(start).atZone(zone);
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
                ZonedDateTime open = date.atTime(start).atZone(zone);
                ZonedDateTime close = date.atTime(end).atZone(zone);
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
}
