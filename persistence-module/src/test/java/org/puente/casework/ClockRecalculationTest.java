package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.casework.Calendars.day;
import static org.puente.casework.Calendars.mexicoCity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.casework.ClockRecalculation.DueChange;
import org.puente.casework.ClockRecalculation.OpenCase;

/** A holiday added after filing moves the open cases' due dates, and only theirs (counted by hand). */
class ClockRecalculationTest {

    private final ClockTerms municipal = ClockPreset.MX_MUNICIPAL.terms();
    private final LegalClock before = new LegalClock(Calendars.mexico());
    private final LegalClock after = new LegalClock(Calendars.mexico().withHoliday(day("2026-12-24"), "Nochebuena"));

    /** Mon 14 Dec: Tue 15 (1) ... Thu 24 (8), (Fri 25), Mon 28 ... Thu 31 (12), (Fri 1), Mon 4, Tue 5, Wed 6 Jan (15). */
    private final CaseClock acrossTheHoliday = CaseClock.received(mexicoCity("2026-12-14T12:00"), municipal);
    /** Mon 30 Nov: Tue 1 Dec (1) ... Fri 4 (4), Mon 7 ... Fri 11 (9), Mon 14 ... Fri 18 (14), Mon 21 Dec (15). */
    private final CaseClock dueBeforeIt = CaseClock.received(mexicoCity("2026-11-30T12:00"), municipal);

    @Test
    void aHolidayAddedAfterFilingMovesTheDueDate() {
        assertEquals(mexicoCity("2027-01-06T18:00"), before.dueOf(acrossTheHoliday));
        assertEquals(mexicoCity("2027-01-07T18:00"), after.dueOf(acrossTheHoliday));
        assertTrue(after.trace(acrossTheHoliday)
                .steps()
                .contains(new ClockStep(ClockStep.Kind.HOLIDAY, day("2026-12-24"), null, null, "Nochebuena", 0)));
        assertEquals(mexicoCity("2026-12-21T18:00"), before.dueOf(dueBeforeIt));
    }

    @Test
    void onlyTheOpenCasesWhoseDueDateMovesAreReturned() {
        CaseClock closed = acrossTheHoliday.close(before, mexicoCity("2026-12-22T10:00"));
        CaseClock paused = CaseClock.received(mexicoCity("2026-12-14T12:00"), ClockPreset.MX_LGPDPPSO_ARCO.terms())
                .pause(before, mexicoCity("2026-12-15T10:00"));
        CaseClock receivedLater = CaseClock.received(mexicoCity("2026-12-28T10:00"), municipal);
        List<OpenCase> cases = List.of(
                new OpenCase(1, acrossTheHoliday, mexicoCity("2027-01-06T18:00")),
                new OpenCase(2, dueBeforeIt, mexicoCity("2026-12-21T18:00")),
                new OpenCase(3, closed, mexicoCity("2027-01-06T18:00")),
                new OpenCase(4, paused, null),
                new OpenCase(5, receivedLater, before.dueOf(receivedLater)));
        List<DueChange> expected =
                List.of(new DueChange(1, mexicoCity("2027-01-06T18:00"), mexicoCity("2027-01-07T18:00")));
        assertEquals(expected, ClockRecalculation.changedDueDates(cases, after));

        List<DueChange> streamed = new ArrayList<>();
        ClockRecalculation.forEachChange(cases, after, day("2026-12-24"), streamed::add);
        assertEquals(expected, streamed);
        assertTrue(closed.outcome().metTerm(), "a closed case's outcome never changes");
    }

    @Test
    void manyCasesAreRecalculatedInOnePass() {
        // 100,000 cases filed Mon 14 Dec (each moves from Wed 6 to Thu 7 Jan) and 100,000 filed Mon 30 Nov
        // (due Mon 21 Dec, untouched): exactly the first half comes back. No timing here: that is the bench's job.
        OffsetDateTime oldDue = mexicoCity("2027-01-06T18:00");
        OffsetDateTime untouched = mexicoCity("2026-12-21T18:00");
        List<OpenCase> cases = new ArrayList<>(200_000);
        for (int i = 0; i < 100_000; i++) {
            cases.add(new OpenCase(i, acrossTheHoliday, oldDue));
            cases.add(new OpenCase(100_000 + i, dueBeforeIt, untouched));
        }
        OffsetDateTime newDue = mexicoCity("2027-01-07T18:00");
        int[] moved = new int[2];
        ClockRecalculation.forEachChange(cases, after, day("2026-12-24"), change -> {
            moved[0]++;
            if (change.id() < 100_000 && newDue.equals(change.after())) {
                moved[1]++;
            }
        });
        assertEquals(100_000, moved[0]);
        assertEquals(100_000, moved[1], "every change is a case filed on 14 December, moved to 7 January");
    }
}
