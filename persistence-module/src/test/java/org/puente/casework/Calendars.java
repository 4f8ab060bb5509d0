package org.puente.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

/** Test calendars written out by hand: a Colombian and a Mexican office, December 2026 and January 2027. */
final class Calendars {

    private Calendars() {}

    /** Bogotá, Monday to Friday 8:00-17:00; Colombian holidays of the season (Ley 51 de 1983). */
    static LegalClock colombia() {
        return new LegalClock(ClockCalendar.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0),
                LocalTime.of(17, 0),
                Map.of(
                        LocalDate.of(2026, 12, 8), "Inmaculada Concepción",
                        LocalDate.of(2026, 12, 25), "Navidad",
                        LocalDate.of(2027, 1, 1), "Año Nuevo",
                        LocalDate.of(2027, 1, 11), "Día de los Reyes Magos"),
                ZoneId.of("America/Bogota")));
    }

    /** Metepec, Monday to Friday 9:00-18:00; Mexican official holidays of the season (LFT art. 74). */
    static ClockCalendar mexico() {
        return ClockCalendar.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                Map.of(
                        LocalDate.of(2026, 12, 25), "Navidad",
                        LocalDate.of(2027, 1, 1), "Año Nuevo"),
                ZoneId.of("America/Mexico_City"));
    }

    static OffsetDateTime bogota(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "-05:00");
    }

    static OffsetDateTime mexicoCity(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "-06:00");
    }

    static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
