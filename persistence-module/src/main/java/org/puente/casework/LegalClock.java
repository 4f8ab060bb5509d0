package org.puente.casework;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legal clock engine over one body's calendar: pure, deterministic, no container. Given a case's clock
 * (receipt, terms, pauses, extension) it says when the case is due, from when it warns, how that was
 * computed ("¿Cómo se calculó?") and its light at an instant; it also measures the periods of the terms
 * (the days to ask for a prevención, the citizen's time to answer, the referral days).
 */
public final class LegalClock {

    private final ClockCalendar calendar;

    public LegalClock(ClockCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public ClockCalendar calendar() {
        return calendar;
    }

    /** Due date, warning and pause, without a trace (what a recalculation of many cases needs). */
    public ClockReading read(CaseClock clock) {
        return compute(clock, null);
    }

    /** The same reading with every step of the computation, in order. */
    public ClockReading trace(CaseClock clock) {
        return compute(clock, new ArrayList<>());
    }

    /** The case's due instant, null while its clock is paused. */
    public OffsetDateTime dueOf(CaseClock clock) {
        return read(clock).due();
    }

    /** The case's light at an instant: ATENDIDO once closed, otherwise by its reading. */
    public ClockLight light(CaseClock clock, OffsetDateTime at) {
        return clock.isClosed() ? ClockLight.ATENDIDO : read(clock).lightAt(at);
    }

    /**
     * The end of a period counted from an instant, without pauses: for days and months from the next day,
     * ending when the office closes (on the next working day when the body does not work that day); for
     * business hours from the instant itself.
     */
    public OffsetDateTime endOf(OffsetDateTime from, ClockSpan span) {
        ClockWalk walk;
        switch (span.unit()) {
            case MONTHS -> {
                ZonedDateTime local = from.atZoneSameInstant(calendar.zone());
                long day = local.toLocalDate().plusMonths(span.amount()).toEpochDay();
                while (!calendar.isWorkingDay(day)) {
                    day++;
                }
                return calendar.at(day, calendar.closeMinute());
            }
            case BUSINESS_HOURS -> walk =
                    new MinuteWalk(calendar, true, 60, span.amount(), null, null, List.of(), null);
            default -> walk = new DayWalk(
                    calendar, span.unit() == ClockUnit.BUSINESS_DAYS, span.amount(), null, null, List.of(), null);
        }
        walk.walk(from);
        return walk.due;
    }

    private ClockReading compute(CaseClock clock, List<ClockStep> steps) {
        ClockTerms terms = clock.terms();
        List<ClockPause> pauses = clock.pauses();
        OffsetDateTime origin = clock.receivedAt();
        if (steps != null) {
            steps.add(ClockStep.atInstant(ClockStep.Kind.RECEIVED, inZone(origin)));
        }
        int restart = terms.pauseRules().map(PauseRules::restartsTerm).orElse(false) ? lastClosed(pauses) : -1;
        if (restart >= 0) {
            if (steps != null) {
                for (ClockPause p : pauses.subList(0, restart + 1)) {
                    steps.add(new ClockStep(
                            ClockStep.Kind.PAUSE,
                            inZone(p.start()).toLocalDate(),
                            inZone(p.start()),
                            inZone(p.end()),
                            null,
                            0));
                }
            }
            origin = pauses.get(restart).end();
            pauses = pauses.subList(restart + 1, pauses.size());
            if (steps != null) {
                steps.add(ClockStep.atInstant(ClockStep.Kind.RESTARTED, inZone(origin)));
            }
        }
        ClockWalk walk = walkFor(terms, clock.extension(), pauses, steps);
        walk.walk(origin);
        if (steps != null && walk.due != null) {
            steps.add(ClockStep.atInstant(ClockStep.Kind.DUE, walk.due));
        }
        return new ClockReading(walk.due, walk.warnFrom, walk.pausedSince, walk.firstCounted, steps);
    }

    private ClockWalk walkFor(
            ClockTerms terms, ClockExtension extension, List<ClockPause> pauses, List<ClockStep> steps) {
        ClockUnit unit = terms.term().unit();
        int amount = terms.term().amount();
        if (unit == ClockUnit.BUSINESS_HOURS) {
            return new MinuteWalk(
                    calendar,
                    terms.start() == ClockStart.FIRST_BUSINESS_HOUR,
                    60,
                    amount,
                    extension,
                    terms.warning(),
                    pauses,
                    steps);
        }
        if (unit == ClockUnit.BUSINESS_DAYS && terms.start() == ClockStart.FIRST_BUSINESS_HOUR) {
            return new MinuteWalk(
                    calendar, true, calendar.workdayMinutes(), amount, extension, terms.warning(), pauses, steps);
        }
        return new DayWalk(
                calendar, unit == ClockUnit.BUSINESS_DAYS, amount, extension, terms.warning(), pauses, steps);
    }

    private static int lastClosed(List<ClockPause> pauses) {
        for (int i = pauses.size() - 1; i >= 0; i--) {
            if (!pauses.get(i).isOpen()) {
                return i;
            }
        }
        return -1;
    }

    private OffsetDateTime inZone(OffsetDateTime instant) {
        return instant.atZoneSameInstant(calendar.zone()).toOffsetDateTime();
    }
}
