package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Counts whole days from the day after the origin: business days (no weekend day, no holiday) or calendar
 * days. A day after a pause's first day up to the day of its end is not counted, so the term resumes the
 * day after the citizen answered. The term ends when the office closes on its last day; a calendar term
 * whose last day the body does not work ends on its next working day.
 */
final class DayWalk extends ClockWalk {

    private static final int DAY_MINUTES = 24 * 60;

    private final boolean businessOnly;

    DayWalk(
            ClockCalendar calendar,
            boolean businessOnly,
            int termUnits,
            ClockExtension extension,
            ClockWarning warning,
            List<ClockPause> pauses,
            List<ClockStep> steps) {
        super(calendar, termUnits, extension, warning, pauses, steps);
        this.businessOnly = businessOnly;
    }

    @Override
    void walk(OffsetDateTime origin) {
        long day = origin.atZoneSameInstant(zone).toLocalDate().toEpochDay() + 1;
        int warnDay = warnHundredths < 0 ? -1 : (int) (warnHundredths / 100) + 1;
        int warnShare = (int) (warnHundredths % 100);
        int counted = 0;
        for (int guard = 0; guard < MAX_DAYS; guard++, day++) {
            notePausesBy(day - 1);
            int open = openPauseBefore(day);
            if (open >= 0) {
                pausedSince = local(pause(open).start());
                return;
            }
            if (businessOnly && skippedAsNonWorking(day)) {
                continue;
            }
            if (isPaused(day)) {
                step(ClockStep.onDay(ClockStep.Kind.PAUSED_DAY, LocalDate.ofEpochDay(day), null));
                continue;
            }
            counted++;
            if (counted == 1) {
                firstCounted = LocalDate.ofEpochDay(day);
                step(ClockStep.onDay(ClockStep.Kind.FIRST_COUNTED, firstCounted, null));
            }
            if (counted == warnDay) {
                int start = businessOnly ? calendar.openMinute() : 0;
                int length = businessOnly ? calendar.workdayMinutes() : DAY_MINUTES;
                warnFrom = at(day, start + length * warnShare / 100);
            }
            if (counted == termUnits && extension != null) {
                noteOriginalDueAndExtension(at(day, calendar.closeMinute()));
            }
            if (counted == totalUnits) {
                due = at(movedToWorkingDay(day), calendar.closeMinute());
                return;
            }
        }
        throw new IllegalStateException("No due date within " + MAX_DAYS + " days");
    }

    private long movedToWorkingDay(long lastDay) {
        if (businessOnly || calendar.isWorkingDay(lastDay)) {
            return lastDay;
        }
        step(ClockStep.onDay(ClockStep.Kind.DUE_MOVED, LocalDate.ofEpochDay(lastDay), null));
        long day = lastDay + 1;
        while (skippedAsNonWorking(day)) {
            day++;
        }
        return day;
    }

    /** The open pause that started before this day, or -1. */
    private int openPauseBefore(long day) {
        for (int i = 0; i < pauseCount(); i++) {
            if (pauseEndMinute[i] == NEVER && pauseStartDay[i] < day) {
                return i;
            }
        }
        return -1;
    }

    private boolean isPaused(long day) {
        for (int i = 0; i < pauseCount(); i++) {
            if (pauseStartDay[i] < day && day <= pauseEndDay[i]) {
                return true;
            }
        }
        return false;
    }
}
