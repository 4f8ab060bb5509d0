package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.casework.Calendars.bogota;
import static org.puente.casework.Calendars.day;
import static org.puente.casework.Calendars.mexicoCity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.puente.casework.ClockStep.Kind;
import org.puente.platform.RuleViolation;

/** The clock's verbs and their rules; every date counted by hand (December 2026, January 2027). */
class CaseClockTest {

    private final LegalClock colombia = Calendars.colombia();
    /** Ley 1755 general petition received Thu 3 Dec 2026 10:00; due Mon 28 Dec 17:00. */
    private final CaseClock petition =
            CaseClock.received(bogota("2026-12-03T10:00"), ClockPreset.CO_LEY_1755_GENERAL.terms());

    @Test
    void aPrevencionStopsTheClockAndTheAnswerResumesIt() {
        // Asked Wed 9 Dec 11:00 (3 days used: Fri 4, Mon 7, Wed 9).
        CaseClock paused = petition.pause(colombia, bogota("2026-12-09T11:00"));
        ClockReading stopped = colombia.read(paused);
        assertTrue(stopped.isPaused());
        assertNull(stopped.due());
        assertEquals(bogota("2026-12-09T11:00"), stopped.pausedSince());
        assertEquals(
                ClockLight.EN_TERMINO,
                colombia.light(paused, bogota("2027-01-05T09:00")),
                "a paused clock keeps its light");

        // Answered Tue 15 Dec 16:00: Thu 10, Fri 11, Mon 14 and Tue 15 are not counted; Wed 16 is day 4;
        // Fri 25 Dec and Fri 1 Jan are holidays; day 15 is Mon 4 Jan 2027.
        CaseClock resumed = paused.resume(colombia, bogota("2026-12-15T16:00"));
        ClockReading reading = colombia.trace(resumed);
        assertEquals(bogota("2027-01-04T17:00"), reading.due());
        List<ClockStep> expected = List.of(
                new ClockStep(Kind.RECEIVED, day("2026-12-03"), bogota("2026-12-03T10:00"), null, null, 0),
                new ClockStep(Kind.FIRST_COUNTED, day("2026-12-04"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-05"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-06"), null, null, null, 0),
                new ClockStep(Kind.HOLIDAY, day("2026-12-08"), null, null, "Inmaculada Concepción", 0),
                new ClockStep(
                        Kind.PAUSE, day("2026-12-09"), bogota("2026-12-09T11:00"), bogota("2026-12-15T16:00"), null, 0),
                new ClockStep(Kind.PAUSED_DAY, day("2026-12-10"), null, null, null, 0),
                new ClockStep(Kind.PAUSED_DAY, day("2026-12-11"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-12"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-13"), null, null, null, 0),
                new ClockStep(Kind.PAUSED_DAY, day("2026-12-14"), null, null, null, 0),
                new ClockStep(Kind.PAUSED_DAY, day("2026-12-15"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-19"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-20"), null, null, null, 0),
                new ClockStep(Kind.HOLIDAY, day("2026-12-25"), null, null, "Navidad", 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-26"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-27"), null, null, null, 0),
                new ClockStep(Kind.HOLIDAY, day("2027-01-01"), null, null, "Año Nuevo", 0),
                new ClockStep(Kind.WEEKEND, day("2027-01-02"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2027-01-03"), null, null, null, 0),
                new ClockStep(Kind.DUE, day("2027-01-04"), bogota("2027-01-04T17:00"), null, null, 0));
        assertEquals(expected, reading.steps());
    }

    @Test
    void aPrevencionOnlyOnceAndWithinItsTenDays() {
        // Ten business days from Thu 3 Dec: Fri 4, Mon 7, Wed 9, Thu 10, Fri 11, Mon 14 ... Fri 18.
        assertTrue(petition.pause(colombia, bogota("2026-12-18T16:59")).isPaused());
        violates("clock.pause.late", () -> petition.pause(colombia, bogota("2026-12-21T08:00")));
        CaseClock answered =
                petition.pause(colombia, bogota("2026-12-04T09:00")).resume(colombia, bogota("2026-12-07T09:00"));
        violates("clock.pause.once", () -> answered.pause(colombia, bogota("2026-12-09T09:00")));
        CaseClock paused = petition.pause(colombia, bogota("2026-12-04T09:00"));
        assertThrows(IllegalStateException.class, () -> paused.pause(colombia, bogota("2026-12-07T09:00")));
        assertThrows(IllegalStateException.class, () -> petition.resume(colombia, bogota("2026-12-07T09:00")));
    }

    @Test
    void aSilentCitizenIsDeemedToHaveWithdrawnAfterHisMonth() {
        // Asked Wed 9 Dec: one month is Sat 9 Jan; Sun 10; Mon 11 is Reyes Magos: Tue 12 Jan 2027 17:00.
        CaseClock paused = petition.pause(colombia, bogota("2026-12-09T11:00"));
        assertEquals(bogota("2027-01-12T17:00"), paused.answerDue(colombia));
        assertSame(paused, paused.withdrawIfSilent(colombia, bogota("2027-01-12T17:00")));
        CaseClock withdrawn = paused.withdrawIfSilent(colombia, bogota("2027-01-12T17:01"));
        assertEquals(ClockOutcome.Ending.WITHDRAWN, withdrawn.outcome().ending());
        assertTrue(withdrawn.outcome().metTerm());
        assertEquals(ClockLight.ATENDIDO, colombia.light(withdrawn, bogota("2027-01-13T09:00")));
        violates("clock.answer.late", () -> paused.resume(colombia, bogota("2027-01-12T17:01")));
    }

    @Test
    void theCitizenMayExtendHisMonthOnceBeforeItEnds() {
        // Extended: two months from Wed 9 Dec is Tue 9 Feb 2027, a working day.
        CaseClock paused = petition.pause(colombia, bogota("2026-12-09T11:00"));
        CaseClock extended = paused.extendAnswerTime(colombia, bogota("2027-01-11T10:00"));
        assertEquals(bogota("2027-02-09T17:00"), extended.answerDue(colombia));
        assertFalse(
                extended.withdrawIfSilent(colombia, bogota("2027-01-13T09:00")).isClosed());
        assertTrue(
                extended.withdrawIfSilent(colombia, bogota("2027-02-09T17:01")).isClosed());
        violates("clock.answer.extendedOnce", () -> extended.extendAnswerTime(colombia, bogota("2027-01-20T10:00")));
        violates("clock.answer.late", () -> paused.extendAnswerTime(colombia, bogota("2027-01-13T08:00")));
    }

    @Test
    void anExtensionBeforeTheDeadlineIsAcceptedAndAfterItRefused() {
        // Asked Mon 28 Dec 16:00 (due 17:00) for 15 more days: Tue 29 (16), Wed 30, Thu 31, (Fri 1 Jan), Mon 4 ...
        // Fri 8 (23), (Mon 11 Reyes), Tue 12 ... Fri 15 (27), Mon 18, Tue 19, Wed 20 Jan 2027 (30).
        CaseClock extended = petition.extend(colombia, bogota("2026-12-28T16:00"), 15, "Consulta a otra dependencia");
        ClockReading reading = colombia.trace(extended);
        assertEquals(bogota("2027-01-20T17:00"), reading.due());
        assertTrue(reading.steps()
                .contains(new ClockStep(
                        Kind.ORIGINAL_DUE, day("2026-12-28"), bogota("2026-12-28T17:00"), null, null, 0)));
        assertTrue(reading.steps()
                .contains(new ClockStep(
                        Kind.EXTENSION,
                        day("2026-12-28"),
                        bogota("2026-12-28T16:00"),
                        null,
                        "Consulta a otra dependencia",
                        15)));
        assertEquals(ClockLight.EN_TERMINO, colombia.light(extended, bogota("2026-12-29T09:00")));

        violates("clock.extension.late", () -> petition.extend(colombia, bogota("2026-12-28T17:01"), 5, "Tarde"));
        violates("clock.extension.once", () -> extended.extend(colombia, bogota("2026-12-29T09:00"), 1, "Otra"));
        violates("clock.extension.max", () -> petition.extend(colombia, bogota("2026-12-10T09:00"), 16, "Doble y más"));
        violates("clock.extension.reason", () -> petition.extend(colombia, bogota("2026-12-10T09:00"), 5, " "));
        CaseClock municipal = CaseClock.received(bogota("2026-12-03T10:00"), ClockPreset.MX_MUNICIPAL.terms());
        assertThrows(
                IllegalStateException.class, () -> municipal.extend(colombia, bogota("2026-12-04T10:00"), 1, "No"));
    }

    @Test
    void aReferralOnlyWithinItsFiveDays() {
        // Fri 4 (1), Mon 7 (2), Tue 8 Inmaculada, Wed 9 (3), Thu 10 (4), Fri 11 Dec (5).
        assertEquals(bogota("2026-12-11T17:00"), petition.referralDeadline(colombia));
        CaseClock referred = petition.refer(colombia, bogota("2026-12-11T16:00"));
        assertEquals(ClockOutcome.Ending.REFERRED, referred.outcome().ending());
        assertEquals(ClockLight.ATENDIDO, colombia.light(referred, bogota("2026-12-30T09:00")));
        violates("clock.referral.late", () -> petition.refer(colombia, bogota("2026-12-14T08:00")));
        assertThrows(IllegalStateException.class, () -> referred.close(colombia, bogota("2026-12-14T08:00")));
    }

    @Test
    void whetherACaseMetItsTermIsDecidedWhenItCloses() {
        CaseClock inTime = petition.close(colombia, bogota("2026-12-28T16:59"));
        assertEquals(
                new ClockOutcome(
                        ClockOutcome.Ending.ANSWERED, bogota("2026-12-28T16:59"), bogota("2026-12-28T17:00"), true),
                inTime.outcome());
        CaseClock late = petition.close(colombia, bogota("2026-12-29T08:00"));
        assertFalse(late.outcome().metTerm());
        assertEquals(ClockLight.ATENDIDO, colombia.light(late, bogota("2026-12-29T09:00")));
    }

    @Test
    void anArcoPrevencionRestartsTheTermAndTheRightIsCarriedOutAfterTheAnswer() {
        LegalClock metepec = new LegalClock(Calendars.mexico());
        CaseClock arco = CaseClock.received(mexicoCity("2026-12-03T10:00"), ClockPreset.MX_LGPDPPSO_ARCO.terms());
        // The prevención within 5 days: Fri 4, Mon 7 ... Thu 10 Dec.
        violates("clock.pause.late", () -> arco.pause(metepec, mexicoCity("2026-12-11T09:00")));
        CaseClock paused = arco.pause(metepec, mexicoCity("2026-12-07T10:00"));
        // 10 business days to answer: Tue 8 ... Fri 11 (4), Mon 14 ... Fri 18 (9), Mon 21 Dec (10).
        assertEquals(mexicoCity("2026-12-21T18:00"), paused.answerDue(metepec));
        violates("clock.answer.notExtendable", () -> paused.extendAnswerTime(metepec, mexicoCity("2026-12-08T10:00")));
        // Answered Wed 9 Dec 12:00: 20 days from Thu 10 (1), Fri 11, Mon 14 ... Thu 24 (11), (Fri 25 Navidad),
        // Mon 28 ... Thu 31 (15), (Fri 1 Jan Año Nuevo), Mon 4 ... Fri 8 Jan 2027 (20).
        CaseClock resumed = paused.resume(metepec, mexicoCity("2026-12-09T12:00"));
        ClockReading reading = metepec.trace(resumed);
        assertEquals(mexicoCity("2027-01-08T18:00"), reading.due());
        assertEquals(
                List.of(Kind.RECEIVED, Kind.PAUSE, Kind.RESTARTED, Kind.FIRST_COUNTED),
                reading.steps().subList(0, 4).stream().map(ClockStep::kind).toList());
        assertEquals(day("2026-12-10"), reading.firstCounted());
        // Answered Tue 5 Jan 2027: carried out within 15 days, Wed 6 (1) ... Tue 26 Jan (15).
        CaseClock answered = resumed.close(metepec, mexicoCity("2027-01-05T12:00"));
        assertEquals(mexicoCity("2027-01-26T18:00"), answered.executionDue(metepec));
        violates("clock.extension.max", () -> resumed.extend(metepec, mexicoCity("2026-12-10T10:00"), 11, "Volumen"));
    }

    @Test
    void aStoredClockCannotHoldAnImpossibleHistory() {
        var terms = ClockPreset.CO_LEY_1755_GENERAL.terms();
        assertThrows(
                IllegalArgumentException.class,
                () -> new CaseClock(
                        bogota("2026-12-03T10:00"),
                        terms,
                        List.of(ClockPause.openAt(bogota("2026-12-02T10:00"))),
                        null,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CaseClock(
                        bogota("2026-12-03T10:00"),
                        terms,
                        List.of(
                                ClockPause.openAt(bogota("2026-12-04T10:00")),
                                ClockPause.openAt(bogota("2026-12-07T10:00"))),
                        null,
                        null));
        assertThrows(IllegalArgumentException.class, () -> petition.close(colombia, bogota("2026-12-02T10:00")));
    }

    private static void violates(String key, Executable step) {
        assertEquals(key, assertThrows(RuleViolation.class, step).getMessageKey());
    }
}
