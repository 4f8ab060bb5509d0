package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Business time on the one business calendar: reports' and incidents' deadlines (hand-computed dates). */
class BusinessTimeTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** Monday 16 November 2026 is the Día de la Revolución. */
    private final ClockCalendar metepec = ClockCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Map.of(LocalDate.of(2026, 11, 16), "Día de la Revolución"),
            MEXICO);

    private static OffsetDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MEXICO).toOffsetDateTime();
    }

    @Test
    void fortyEightHoursFromTuesdayMorningEndTheNextWeek() {
        // 9 working hours a day: 48 h = 5 days and 3 h.
        assertEquals(at(11, 24, 12, 0), metepec.plus(at(11, 17, 9, 0), Duration.ofHours(48)));
    }

    @Test
    void aWeekendAndAHolidayDoNotCount() {
        // Friday 13 Nov 17:00: 1 h on Friday; the weekend and Monday 16 (a holiday) do not count;
        // Tuesday 17 to Monday 23 give 5 × 9 = 45 h; the last 2 h fall on Tuesday 24.
        OffsetDateTime due = metepec.plus(at(11, 13, 17, 0), Duration.ofHours(48));
        assertEquals(at(11, 24, 11, 0), due);
        assertEquals(Duration.ofHours(48), metepec.between(at(11, 13, 17, 0), due));
    }

    @Test
    void aReportFiledAtNightStartsCountingNextMorning() {
        assertEquals(at(11, 18, 10, 0), metepec.plus(at(11, 17, 22, 30), Duration.ofHours(1)));
        assertEquals(at(11, 17, 18, 0), metepec.plus(at(11, 17, 17, 0), Duration.ofHours(1)));
    }

    @Test
    void seventyFivePercentOfFortyEightHoursIsThirtySix() {
        assertEquals(at(11, 20, 18, 0), metepec.plus(at(11, 17, 9, 0), Duration.ofHours(36)));
    }

    @Test
    void betweenIgnoresNightsAndWeekends() {
        assertEquals(Duration.ofHours(9), metepec.between(at(11, 20, 9, 0), at(11, 23, 9, 0)));
        assertEquals(Duration.ZERO, metepec.between(at(11, 21, 9, 0), at(11, 22, 23, 0)));
    }
}
