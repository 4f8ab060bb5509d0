package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.casework.Calendars.bogota;
import static org.puente.casework.Calendars.day;
import static org.puente.casework.Calendars.mexicoCity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.casework.ClockStep.Kind;

/** Every expected date below was counted by hand on a printed calendar of December 2026 and January 2027. */
class LegalClockTest {

    private final LegalClock colombia = Calendars.colombia();
    private final ClockTerms general = ClockPreset.CO_LEY_1755_GENERAL.terms();

    @Test
    void colombianGeneralTermSkipsWeekendsAndHolidays() {
        // Thu 3 Dec: day 1 is Fri 4; Tue 8 Dec and Fri 25 Dec are holidays; the 15th business day is Mon 28 Dec.
        CaseClock clock = CaseClock.received(bogota("2026-12-03T10:00"), general);
        ClockReading reading = colombia.read(clock);
        assertEquals(bogota("2026-12-28T17:00"), reading.due());
        assertEquals(day("2026-12-04"), reading.firstCounted());
        assertFalse(reading.isPaused());
        assertTrue(reading.steps().isEmpty(), "no trace unless asked for");
    }

    @Test
    void theTraceOfOneCaseWrittenOutInFull() {
        CaseClock clock = CaseClock.received(bogota("2026-12-03T10:00"), general);
        List<ClockStep> expected = List.of(
                new ClockStep(Kind.RECEIVED, day("2026-12-03"), bogota("2026-12-03T10:00"), null, null, 0),
                new ClockStep(Kind.FIRST_COUNTED, day("2026-12-04"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-05"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-06"), null, null, null, 0),
                new ClockStep(Kind.HOLIDAY, day("2026-12-08"), null, null, "Inmaculada Concepción", 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-12"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-13"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-19"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-20"), null, null, null, 0),
                new ClockStep(Kind.HOLIDAY, day("2026-12-25"), null, null, "Navidad", 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-26"), null, null, null, 0),
                new ClockStep(Kind.WEEKEND, day("2026-12-27"), null, null, null, 0),
                new ClockStep(Kind.DUE, day("2026-12-28"), bogota("2026-12-28T17:00"), null, null, 0));
        assertEquals(expected, colombia.trace(clock).steps());
    }

    @Test
    void theLightTurnsAtThreeQuartersOfTheTermAndAfterTheDueInstant() {
        // 15 days x 9 h: 75% is 11.25 days, a quarter into day 12 (Tue 22 Dec): 8:00 + 2h15 = 10:15.
        // 74% is 11.1 days (8:54 on day 12), 76% is 11.4 days (8:00 + 3h36 = 11:36).
        CaseClock clock = CaseClock.received(bogota("2026-12-03T10:00"), general);
        assertEquals(bogota("2026-12-22T10:15"), colombia.read(clock).warnFrom());
        assertEquals(ClockLight.EN_TERMINO, colombia.light(clock, bogota("2026-12-04T09:00")));
        assertEquals(ClockLight.EN_TERMINO, colombia.light(clock, bogota("2026-12-22T08:54")));
        assertEquals(ClockLight.POR_VENCER, colombia.light(clock, bogota("2026-12-22T11:36")));
        assertEquals(ClockLight.POR_VENCER, colombia.light(clock, bogota("2026-12-28T17:00")));
        assertEquals(ClockLight.VENCIDO, colombia.light(clock, bogota("2026-12-28T17:01")));
    }

    @Test
    void aWarningSomeDaysBeforeTheDueDate() {
        // 3 days before a 15-day term: from the start of day 13, Wed 23 Dec at 8:00.
        CaseClock clock =
                CaseClock.received(bogota("2026-12-03T10:00"), general.withWarning(ClockWarning.unitsBefore(3)));
        assertEquals(bogota("2026-12-23T08:00"), colombia.read(clock).warnFrom());
    }

    @Test
    void aPetitionFiledOnFridayEveningIsCountedFromTheNextBusinessDay() {
        // Fri 4 Dec 18:30 (closed): Mon 7 is day 1, Tue 8 a holiday, the 15th day is Tue 29 Dec.
        CaseClock dayAfter = CaseClock.received(bogota("2026-12-04T18:30"), general);
        assertEquals(bogota("2026-12-29T17:00"), colombia.read(dayAfter).due());
        assertEquals(day("2026-12-07"), colombia.read(dayAfter).firstCounted());

        // Counted from the first business hour after it arrived: Mon 7 Dec 8:00, 15 x 9 h, the same end.
        CaseClock fromArrival =
                CaseClock.received(bogota("2026-12-04T18:30"), general.withStart(ClockStart.FIRST_BUSINESS_HOUR));
        ClockReading reading = colombia.trace(fromArrival);
        assertEquals(bogota("2026-12-29T17:00"), reading.due());
        assertEquals(
                new ClockStep(Kind.WEEKEND, day("2026-12-05"), null, null, null, 0),
                reading.steps().get(1));
        assertEquals(
                new ClockStep(Kind.FIRST_COUNTED, day("2026-12-07"), bogota("2026-12-07T08:00"), null, null, 0),
                reading.steps().get(3));
    }

    @Test
    void withinHoursTheTwoStartRulesDiffer() {
        // Fri 4 Dec 10:00. From the day after: day 1 is Mon 7, due Tue 29 Dec 17:00.
        // From arrival: Fri 7 h + 13 full days (Mon 7 ... Thu 24) 117 h + Mon 28 9 h = 133 h; 2 h more: Tue 29 10:00.
        assertEquals(
                bogota("2026-12-29T17:00"), colombia.dueOf(CaseClock.received(bogota("2026-12-04T10:00"), general)));
        assertEquals(
                bogota("2026-12-29T10:00"),
                colombia.dueOf(CaseClock.received(
                        bogota("2026-12-04T10:00"), general.withStart(ClockStart.FIRST_BUSINESS_HOUR))));
    }

    @Test
    void businessHoursTermsCountOnlyWorkingHours() {
        // 48 business hours on a 9-18 calendar from Fri 18 Dec 17:00: Fri 1 h, Mon 21 to Thu 24 36 h (37),
        // Fri 25 a holiday, Mon 28 9 h (46), Tue 29 2 h: 11:00.
        LegalClock metepec = new LegalClock(Calendars.mexico());
        ClockTerms hours = new ClockTerms(
                ClockSpan.businessHours(48),
                ClockStart.FIRST_BUSINESS_HOUR,
                ClockWarning.atPercent(75),
                0,
                null,
                null,
                null);
        CaseClock clock = CaseClock.received(mexicoCity("2026-12-18T17:00"), hours);
        assertEquals(mexicoCity("2026-12-29T11:00"), metepec.dueOf(clock));
        // 75% is 36 h: Fri 1 h + Mon-Wed 27 h = 28 h; 8 h into Thu 24: 17:00.
        assertEquals(mexicoCity("2026-12-24T17:00"), metepec.read(clock).warnFrom());
    }

    @Test
    void aPauseTakesItsOwnHoursOutOfABusinessHoursTerm() {
        // Paused Mon 21 Dec 12:00 to Tue 22 Dec 10:30. Before: Fri 1 h + Mon 3 h = 4 h. Then Tue 7.5 h (11.5),
        // Wed 23 and Thu 24 (29.5), Mon 28 and Tue 29 (47.5), Wed 30 half an hour: 9:30.
        LegalClock metepec = new LegalClock(Calendars.mexico());
        ClockTerms hours = new ClockTerms(
                ClockSpan.businessHours(48),
                ClockStart.FIRST_BUSINESS_HOUR,
                ClockWarning.atPercent(75),
                0,
                null,
                null,
                null);
        CaseClock clock = new CaseClock(
                mexicoCity("2026-12-18T17:00"),
                hours,
                List.of(new ClockPause(mexicoCity("2026-12-21T12:00"), mexicoCity("2026-12-22T10:30"), false)),
                null,
                null);
        assertEquals(mexicoCity("2026-12-30T09:30"), metepec.dueOf(clock));
    }

    @Test
    void calendarDaysCountEveryDayAndEndOnAWorkingDay() {
        ClockTerms tenDays = ClockTerms.simple(ClockSpan.calendarDays(10));
        // Mon 14 Dec: Tue 15 is day 1, Thu 24 day 10, a working day.
        assertEquals(
                bogota("2026-12-24T17:00"), colombia.dueOf(CaseClock.received(bogota("2026-12-14T09:00"), tenDays)));
        // Tue 15 Dec: day 10 is Fri 25 (Navidad); Sat 26 and Sun 27 follow; it ends Mon 28.
        ClockReading reading = colombia.trace(CaseClock.received(bogota("2026-12-15T09:00"), tenDays));
        assertEquals(bogota("2026-12-28T17:00"), reading.due());
        List<ClockStep> steps = reading.steps();
        assertEquals(
                List.of(
                        new ClockStep(Kind.RECEIVED, day("2026-12-15"), bogota("2026-12-15T09:00"), null, null, 0),
                        new ClockStep(Kind.FIRST_COUNTED, day("2026-12-16"), null, null, null, 0),
                        new ClockStep(Kind.DUE_MOVED, day("2026-12-25"), null, null, null, 0),
                        new ClockStep(Kind.WEEKEND, day("2026-12-26"), null, null, null, 0),
                        new ClockStep(Kind.WEEKEND, day("2026-12-27"), null, null, null, 0),
                        new ClockStep(Kind.DUE, day("2026-12-28"), bogota("2026-12-28T17:00"), null, null, 0)),
                steps);
    }

    @Test
    void periodsOfTheTermsEndWhereTheLawSays() {
        // One month from Wed 9 Dec is Sat 9 Jan; Sun 10; Mon 11 Reyes Magos: Tue 12 Jan 2027.
        assertEquals(bogota("2027-01-12T17:00"), colombia.endOf(bogota("2026-12-09T11:00"), ClockSpan.months(1)));
        // Five business days from Thu 3 Dec: Fri 4, Mon 7, (Tue 8), Wed 9, Thu 10, Fri 11.
        assertEquals(bogota("2026-12-11T17:00"), colombia.endOf(bogota("2026-12-03T10:00"), ClockSpan.businessDays(5)));
    }

    @Test
    void theCalendarComesFromTheBodyAndItsHolidays() {
        var body = new org.puente.organization.Body(
                "MET",
                "Metepec",
                org.puente.organization.BodyKind.MUNICIPIO,
                "Estado de México",
                java.time.ZoneId.of("America/Mexico_City"));
        var calendar = org.puente.calendar.BusinessCalendar.mexicanOffice(body);
        var navidad = new org.puente.calendar.Holiday(calendar, day("2026-12-25"), "Navidad", true);
        LegalClock clock = new LegalClock(ClockCalendar.of(calendar, List.of(navidad)));
        // Thu 24 Dec 10:00, 1 business day counted from the day after: Fri 25 is Navidad, Mon 28 at 18:00.
        CaseClock oneDay =
                CaseClock.received(mexicoCity("2026-12-24T10:00"), ClockTerms.simple(ClockSpan.businessDays(1)));
        ClockReading reading = clock.trace(oneDay);
        assertEquals(mexicoCity("2026-12-28T18:00"), reading.due());
        assertEquals(
                new ClockStep(Kind.HOLIDAY, day("2026-12-25"), null, null, "Navidad", 0),
                reading.steps().get(1));
        assertNull(reading.pausedSince());
    }
}
