package org.puente.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficialHolidaysTest {

    @Test
    void mexico2026FollowsTheLabourLaw() {
        Map<LocalDate, String> days = OfficialHolidays.of("MX", 2026);
        assertEquals(7, days.size());
        assertTrue(days.containsKey(LocalDate.of(2026, 1, 1)));
        assertTrue(days.containsKey(LocalDate.of(2026, 2, 2)), "first Monday of February");
        assertTrue(days.containsKey(LocalDate.of(2026, 3, 16)), "third Monday of March");
        assertTrue(days.containsKey(LocalDate.of(2026, 5, 1)));
        assertTrue(days.containsKey(LocalDate.of(2026, 9, 16)));
        assertTrue(days.containsKey(LocalDate.of(2026, 11, 16)), "third Monday of November");
        assertTrue(days.containsKey(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void thePresidentialHandoverIsEverySixYears() {
        assertTrue(OfficialHolidays.of("MX", 2030).containsKey(LocalDate.of(2030, 10, 1)));
        assertFalse(OfficialHolidays.of("MX", 2027).containsKey(LocalDate.of(2027, 10, 1)));
    }

    @Test
    void anUnknownCountryHasNoOfficialList() {
        assertTrue(OfficialHolidays.of("ZZ", 2026).isEmpty());
    }
}
