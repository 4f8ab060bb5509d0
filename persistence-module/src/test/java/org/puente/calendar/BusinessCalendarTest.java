package org.puente.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;

class BusinessCalendarTest {

    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));

    @Test
    void aMexicanOfficeWorksMondayToFridayNineToSix() {
        BusinessCalendar calendar = BusinessCalendar.mexicanOffice(metepec);
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), calendar.getWorkingDays());
        assertEquals(LocalTime.of(9, 0), calendar.getWorkdayStart());
        assertEquals(LocalTime.of(18, 0), calendar.getWorkdayEnd());
        assertEquals("MX", calendar.getHolidayCountry());
    }

    @Test
    void hoursMustMakeSense() {
        BusinessCalendar calendar = BusinessCalendar.mexicanOffice(metepec);
        assertThrows(
                IllegalArgumentException.class,
                () -> calendar.changeHours(LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(DayOfWeek.MONDAY)));
        assertThrows(
                IllegalArgumentException.class,
                () -> calendar.changeHours(LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()));
        calendar.changeHours(LocalTime.of(8, 0), LocalTime.of(15, 0), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), calendar.getWorkingDays());
    }
}
