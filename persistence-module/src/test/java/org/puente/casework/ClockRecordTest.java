package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.casework.Calendars.bogota;
import static org.puente.casework.Calendars.day;
import static org.puente.casework.Calendars.mexicoCity;

import org.junit.jupiter.api.Test;

/** A case's clock as its row stores it: what is stored reads back, and the stored reading gives the light. */
class ClockRecordTest {

    private final LegalClock colombia = Calendars.colombia();
    private final LegalClock mexico = new LegalClock(Calendars.mexico());

    /** Ley 1755 general petition received Thu 3 Dec 2026 10:00; due Mon 28 Dec 17:00 (see LegalClockTest). */
    private final CaseClock petition =
            CaseClock.received(bogota("2026-12-03T10:00"), ClockPreset.CO_LEY_1755_GENERAL.terms());

    @Test
    void whatIsStoredIsTheClockReadBack() {
        CaseClock worked = petition.pause(colombia, bogota("2026-12-09T11:00"))
                .resume(colombia, bogota("2026-12-15T16:00"))
                .extend(colombia, bogota("2026-12-28T10:00"), 5, "Consulta a otra dependencia");
        ClockRecord record = ClockRecord.of(worked, colombia.read(worked));
        CaseClock back = record.clock();
        assertEquals(worked.receivedAt(), back.receivedAt());
        assertEquals(worked.terms(), back.terms());
        assertEquals(worked.pauses(), back.pauses());
        assertEquals(worked.extension(), back.extension());
        assertNull(back.outcome());
        // Resumed Tue 15 Dec: due Mon 4 Jan 2027 (CaseClockTest); 5 more: Tue 5 ... Fri 8, (Mon 11 Reyes), Tue 12 Jan.
        assertEquals(bogota("2027-01-12T17:00"), record.getDueAt());
        assertEquals(colombia.dueOf(back), record.getDueAt());
    }

    @Test
    void aClosedRecordKeepsItsOutcome() {
        CaseClock closed = petition.close(colombia, bogota("2026-12-22T10:00"));
        ClockRecord record = ClockRecord.of(closed, colombia.read(closed));
        assertEquals(closed.outcome(), record.clock().outcome());
        assertTrue(record.isClosed());
        assertTrue(record.getMetTerm());
        assertEquals(bogota("2026-12-28T17:00"), record.getDueAt(), "the due date as the close recorded it");
    }

    @Test
    void theLightComesFromTheStoredReading() {
        ClockRecord record = ClockRecord.of(petition, colombia.read(petition));
        // 15 days x 9 h: 75% is 11.25 days, Tue 22 Dec at 10:15 (LegalClockTest).
        assertEquals(ClockLight.EN_TERMINO, record.lightAt(bogota("2026-12-22T10:14")));
        assertEquals(ClockLight.POR_VENCER, record.lightAt(bogota("2026-12-22T10:15")));
        assertEquals(ClockLight.POR_VENCER, record.lightAt(bogota("2026-12-28T17:00")));
        assertEquals(ClockLight.VENCIDO, record.lightAt(bogota("2026-12-28T17:01")));

        CaseClock paused = petition.pause(colombia, bogota("2026-12-09T11:00"));
        ClockRecord stopped = ClockRecord.of(paused, colombia.read(paused));
        assertTrue(stopped.isPaused());
        assertNull(stopped.getDueAt());
        assertEquals(
                ClockLight.EN_TERMINO, stopped.lightAt(bogota("2027-03-01T09:00")), "a paused clock keeps its light");

        CaseClock closed = petition.close(colombia, bogota("2026-12-29T09:00"));
        ClockRecord late = ClockRecord.of(closed, colombia.read(closed));
        assertEquals(ClockLight.ATENDIDO, late.lightAt(bogota("2027-01-05T09:00")));
        assertFalse(late.getMetTerm(), "answered a day late");
    }

    @Test
    void aCalendarChangeMovesAnOpenCaseAndNeverAClosedOne() {
        // Mon 14 Dec, municipal 15 days: Wed 6 Jan 2027; with Thu 24 Dec a holiday, Thu 7 Jan (ClockRecalculationTest).
        CaseClock open = CaseClock.received(mexicoCity("2026-12-14T12:00"), ClockPreset.MX_MUNICIPAL.terms());
        LegalClock withHoliday = new LegalClock(Calendars.mexico().withHoliday(day("2026-12-24"), "Nochebuena"));
        ClockRecord record = ClockRecord.of(open, mexico.read(open));
        assertEquals(mexicoCity("2027-01-06T18:00"), record.getDueAt());
        record.moveDue(withHoliday.read(record.clock()));
        assertEquals(mexicoCity("2027-01-07T18:00"), record.getDueAt());

        CaseClock closed = open.close(mexico, mexicoCity("2026-12-22T10:00"));
        ClockRecord done = ClockRecord.of(closed, mexico.read(closed));
        assertThrows(IllegalStateException.class, () -> done.moveDue(withHoliday.read(done.clock())));
        assertEquals(mexicoCity("2027-01-06T18:00"), done.getDueAt());
    }

    @Test
    void aBatchReadsTheSameClockFromTheColumns() {
        CaseClock paused = petition.pause(colombia, bogota("2026-12-09T11:00"));
        CaseClock fromColumns = ClockRecord.openClock(
                bogota("2026-12-03T10:00"),
                ClockPreset.CO_LEY_1755_GENERAL.terms().encode(),
                bogota("2026-12-09T11:00"),
                null,
                false,
                null,
                null,
                null);
        assertEquals(paused.pauses(), fromColumns.pauses());
        assertEquals(paused.terms(), fromColumns.terms());
        assertTrue(fromColumns.isPaused());
    }
}
