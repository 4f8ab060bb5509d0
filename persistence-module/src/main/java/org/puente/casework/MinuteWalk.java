package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Counts working minutes: business hours, or business days measured as that many working days' hours
 * (a case counted from the first business hour after it arrived). A pause takes its own minutes out.
 */
final class MinuteWalk extends ClockWalk {

    private final boolean fromArrival;
    private final int unitMinutes;
    private long used;
    private boolean originalPassed;

    MinuteWalk(
            ClockCalendar calendar,
            boolean fromArrival,
            int unitMinutes,
            int termUnits,
            ClockExtension extension,
            ClockWarning warning,
            List<ClockPause> pauses,
            List<ClockStep> steps) {
        super(calendar, termUnits, extension, warning, pauses, steps);
        this.fromArrival = fromArrival;
        this.unitMinutes = unitMinutes;
    }

    @Override
    void walk(OffsetDateTime origin) {
        ZonedDateTime local = origin.atZoneSameInstant(zone);
        long first = local.toLocalDate().toEpochDay() + (fromArrival ? 0 : 1);
        int firstMinute = fromArrival ? minuteOf(local) : 0;
        long day = first;
        for (int guard = 0; guard < MAX_DAYS; guard++, day++) {
            notePausesBy(day);
            if (skippedAsNonWorking(day)) {
                continue;
            }
            int a = Math.max(calendar.openMinute(), day == first ? firstMinute : 0);
            int b = calendar.closeMinute();
            for (int i = 0; i < pauseCount() && a < b; i++) {
                int pa = pauseStartDay[i] < day ? 0 : pauseStartDay[i] == day ? pauseStartMinute[i] : NEVER;
                int pb = pauseEndDay[i] > day ? NEVER : pauseEndDay[i] == day ? pauseEndMinute[i] : -1;
                if (pa >= b || pb <= a) {
                    continue;
                }
                if (pa > a && counted(day, a, pa)) {
                    return;
                }
                if (pause(i).isOpen()) {
                    pausedSince = local(pause(i).start());
                    return;
                }
                a = pb;
            }
            if (a < b && counted(day, a, b)) {
                return;
            }
        }
        throw new IllegalStateException("No due date within " + MAX_DAYS + " days");
    }

    /** Counts the minutes {@code from}-{@code to} of a day; true when the term ends within them. */
    private boolean counted(long day, int from, int to) {
        int length = to - from;
        if (firstCounted == null) {
            firstCounted = LocalDate.ofEpochDay(day);
            step(new ClockStep(ClockStep.Kind.FIRST_COUNTED, firstCounted, at(day, from), null, null, 0));
        }
        long warnMinutes = warnHundredths < 0 ? -1 : warnHundredths * unitMinutes / 100;
        if (warnMinutes >= 0 && warnFrom == null && used + length >= warnMinutes) {
            warnFrom = at(day, from + (int) Math.max(0, warnMinutes - used));
        }
        long termMinutes = (long) termUnits * unitMinutes;
        if (extension != null && !originalPassed && used + length >= termMinutes) {
            originalPassed = true;
            noteOriginalDueAndExtension(at(day, from + (int) (termMinutes - used)));
        }
        long total = (long) totalUnits * unitMinutes;
        if (used + length >= total) {
            due = at(day, from + (int) (total - used));
            return true;
        }
        used += length;
        return false;
    }
}
