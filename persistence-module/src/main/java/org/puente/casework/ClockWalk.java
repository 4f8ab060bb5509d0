package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One pass over the calendar for one case, day by day from its origin, counting what may be counted and
 * noting (only when a trace is asked for) what it skipped. Days are epoch days and times minutes of the
 * local day, so the pass allocates nothing per day; seconds are dropped (a term never gains a minute).
 * Subclasses count whole days ({@link DayWalk}) or working minutes ({@link MinuteWalk}).
 */
abstract class ClockWalk {

    /** More than fifty years: a term that does not end within it is a broken calendar. */
    static final int MAX_DAYS = 20_000;

    static final int NEVER = Integer.MAX_VALUE;

    final ClockCalendar calendar;
    final ZoneId zone;
    final int termUnits;
    final int totalUnits;
    final ClockExtension extension;
    /** Hundredths of a unit into the term from which the case warns; negative: no warning wanted. */
    final long warnHundredths;

    private final List<ClockStep> steps;

    private final ClockPause[] pauses;
    final long[] pauseStartDay;
    final int[] pauseStartMinute;
    final long[] pauseEndDay;
    final int[] pauseEndMinute;
    private int nextPauseStep;

    OffsetDateTime due;
    OffsetDateTime warnFrom;
    OffsetDateTime pausedSince;
    LocalDate firstCounted;

    ClockWalk(
            ClockCalendar calendar,
            int termUnits,
            ClockExtension extension,
            ClockWarning warning,
            List<ClockPause> pauses,
            List<ClockStep> steps) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.termUnits = termUnits;
        this.extension = extension;
        this.totalUnits = termUnits + (extension == null ? 0 : extension.units());
        this.warnHundredths = warning == null ? -1 : warning.hundredthsInto(totalUnits);
        this.steps = steps;
        int n = pauses.size();
        this.pauses = pauses.toArray(ClockPause[]::new);
        this.pauseStartDay = new long[n];
        this.pauseStartMinute = new int[n];
        this.pauseEndDay = new long[n];
        this.pauseEndMinute = new int[n];
        for (int i = 0; i < n; i++) {
            ZonedDateTime start = pauses.get(i).start().atZoneSameInstant(zone);
            pauseStartDay[i] = start.toLocalDate().toEpochDay();
            pauseStartMinute[i] = minuteOf(start);
            OffsetDateTime end = pauses.get(i).end();
            if (end == null) {
                pauseEndDay[i] = Long.MAX_VALUE;
                pauseEndMinute[i] = NEVER;
            } else {
                ZonedDateTime local = end.atZoneSameInstant(zone);
                pauseEndDay[i] = local.toLocalDate().toEpochDay();
                pauseEndMinute[i] = minuteOf(local);
            }
        }
    }

    /** Counts from {@code origin} (receipt, or the end of a pause that restarts the term). */
    abstract void walk(OffsetDateTime origin);

    static int minuteOf(ZonedDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    int pauseCount() {
        return pauses.length;
    }

    ClockPause pause(int i) {
        return pauses[i];
    }

    void step(ClockStep step) {
        if (steps != null) {
            steps.add(step);
        }
    }

    /** Notes, in order, the pauses that started on or before the given day. */
    void notePausesBy(long day) {
        while (nextPauseStep < pauses.length && pauseStartDay[nextPauseStep] <= day) {
            ClockPause p = pauses[nextPauseStep++];
            if (steps != null) {
                OffsetDateTime until = p.end() == null ? null : local(p.end());
                steps.add(new ClockStep(
                        ClockStep.Kind.PAUSE, local(p.start()).toLocalDate(), local(p.start()), until, null, 0));
            }
        }
    }

    /** Notes a day the body does not work and says whether it was one. */
    boolean skippedAsNonWorking(long day) {
        if (!calendar.isWorkingWeekday(day)) {
            if (steps != null) {
                steps.add(ClockStep.onDay(ClockStep.Kind.WEEKEND, LocalDate.ofEpochDay(day), null));
            }
            return true;
        }
        if (calendar.isHoliday(day)) {
            if (steps != null) {
                steps.add(
                        ClockStep.onDay(ClockStep.Kind.HOLIDAY, LocalDate.ofEpochDay(day), calendar.holidayName(day)));
            }
            return true;
        }
        return false;
    }

    void noteOriginalDueAndExtension(OffsetDateTime originalDue) {
        if (steps != null) {
            steps.add(ClockStep.atInstant(ClockStep.Kind.ORIGINAL_DUE, originalDue));
            steps.add(new ClockStep(
                    ClockStep.Kind.EXTENSION,
                    local(extension.grantedAt()).toLocalDate(),
                    local(extension.grantedAt()),
                    null,
                    extension.reason(),
                    extension.units()));
        }
    }

    OffsetDateTime at(long day, int minute) {
        return calendar.at(day, minute);
    }

    OffsetDateTime local(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
