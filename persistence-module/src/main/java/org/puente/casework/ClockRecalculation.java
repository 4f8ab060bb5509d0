package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a calendar change (a holiday added later) does to open cases: each case whose due date moves, with
 * its old and new due date. Closed cases keep their outcome and paused ones have no due date, so neither
 * changes. Reads without a trace; the batch job that stores the changes and writes each case's history
 * entry streams cases through {@link #forEachChange}.
 */
public final class ClockRecalculation {

    /** An open case's clock as stored, with the due date stored beside it (null while paused). */
    public record OpenCase(long id, CaseClock clock, OffsetDateTime storedDue) {
        public OpenCase {
            Objects.requireNonNull(clock, "clock");
        }
    }

    public record DueChange(long id, OffsetDateTime before, OffsetDateTime after) {}

    private ClockRecalculation() {}

    public static List<DueChange> changedDueDates(Iterable<OpenCase> cases, LegalClock newClock) {
        List<DueChange> changes = new ArrayList<>();
        forEachChange(cases, newClock, null, changes::add);
        return changes;
    }

    /**
     * Hands each changed due date to {@code changed}. With {@code addedHoliday} (null: any change), a case
     * due before that day or received after it is skipped unread: its count never reached that day.
     */
    public static void forEachChange(
            Iterable<OpenCase> cases, LegalClock newClock, LocalDate addedHoliday, Consumer<DueChange> changed) {
        for (OpenCase c : cases) {
            if (c.clock().isClosed() || c.clock().isPaused() || outside(c, newClock, addedHoliday)) {
                continue;
            }
            OffsetDateTime due = newClock.dueOf(c.clock());
            if (c.storedDue() == null || !due.isEqual(c.storedDue())) {
                changed.accept(new DueChange(c.id(), c.storedDue(), due));
            }
        }
    }

    private static boolean outside(OpenCase c, LegalClock clock, LocalDate holiday) {
        if (holiday == null || c.storedDue() == null) {
            return false;
        }
        var zone = clock.calendar().zone();
        return c.storedDue().atZoneSameInstant(zone).toLocalDate().isBefore(holiday)
                || c.clock().receivedAt().atZoneSameInstant(zone).toLocalDate().isAfter(holiday);
    }
}
