package org.puente.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AttentionHoursTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Test
    void consecutiveWorkingDaysReadAsARange() {
        assertEquals(
                "Lunes a viernes de 9:00 a 18:00",
                AttentionHours.describe(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(18, 0),
                        SPANISH,
                        "{0} a {1} de {2} a {3}",
                        "{0} de {2} a {3}",
                        "y"));
    }

    @Test
    void otherWorkingDaysReadAsAList() {
        assertEquals(
                "Lunes, miércoles y viernes de 8:30 a 14:00",
                AttentionHours.describe(
                        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        LocalTime.of(8, 30),
                        LocalTime.of(14, 0),
                        SPANISH,
                        "{0} a {1} de {2} a {3}",
                        "{0} de {2} a {3}",
                        "y"));
        assertEquals(
                "Sábado de 10:00 a 13:00",
                AttentionHours.describe(
                        EnumSet.of(DayOfWeek.SATURDAY),
                        LocalTime.of(10, 0),
                        LocalTime.of(13, 0),
                        SPANISH,
                        "{0} a {1} de {2} a {3}",
                        "{0} de {2} a {3}",
                        "y"));
    }
}
