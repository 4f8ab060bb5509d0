package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Test
    void aChatIsOneDayAndAWindow() {
        Schedule chat = Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0));
        assertTrue(chat.isChat());
        assertEquals(DAY, chat.getStartDate());
        assertEquals(DAY, chat.getEndDate());
        assertEquals(LocalDateTime.of(2026, 12, 8, 11, 0), chat.localStart());
        assertEquals(LocalDateTime.of(2026, 12, 8, 13, 0), chat.localEnd());
        assertEquals("2026-12-08T17:00:00Z", chat.startsAt(MEXICO).toInstant().toString());
        assertEquals("2026-12-08T19:00:00Z", chat.endsAt(MEXICO).toInstant().toString());
        assertEquals("2026-12-08 11:00-13:00", chat.toString());
    }

    @Test
    void aChatEndsAfterItStarts() {
        assertThrows(
                IllegalArgumentException.class, () -> Schedule.chat(DAY, LocalTime.of(13, 0), LocalTime.of(11, 0)));
        assertThrows(
                IllegalArgumentException.class, () -> Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(11, 0)));
        assertThrows(NullPointerException.class, () -> Schedule.chat(DAY, null, LocalTime.of(11, 0)));
        assertThrows(NullPointerException.class, () -> Schedule.chat(null, LocalTime.of(11, 0), LocalTime.of(13, 0)));
    }

    @Test
    void aForumRunsFromItsFirstDayToMidnightAfterItsLast() {
        Schedule forum = Schedule.forum(DAY, LocalDate.of(2026, 12, 22));
        assertFalse(forum.isChat());
        assertEquals(LocalDateTime.of(2026, 12, 8, 0, 0), forum.localStart());
        assertEquals(LocalDateTime.of(2026, 12, 23, 0, 0), forum.localEnd());
        assertEquals("2026-12-23T06:00:00Z", forum.endsAt(MEXICO).toInstant().toString());
        assertEquals("2026-12-08 – 2026-12-22", forum.toString());
        assertThrows(IllegalArgumentException.class, () -> Schedule.forum(DAY, DAY.minusDays(1)));
    }

    @Test
    void schedulesAreEqualByTheirDaysAndHours() {
        assertEquals(
                Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)),
                Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
        assertEquals(
                Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)).hashCode(),
                Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)).hashCode());
        assertNotEquals(
                Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)),
                Schedule.chat(DAY, LocalTime.of(16, 0), LocalTime.of(18, 0)));
        assertNotEquals(Schedule.forum(DAY, DAY.plusDays(7)), Schedule.forum(DAY, DAY.plusDays(8)));
    }
}
