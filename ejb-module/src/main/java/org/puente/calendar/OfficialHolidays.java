package org.puente.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * A country's official rest days for a year. Mexico: Ley Federal del Trabajo, article 74
 * (the Monday holidays as moved by the 2006 reform; 1 October every six years since 2024).
 */
public final class OfficialHolidays {

    private OfficialHolidays() {}

    /** The official holidays of the year, by date; empty for a country not known here. */
    public static Map<LocalDate, String> of(String country, int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        if ("MX".equals(country)) {
            days.put(LocalDate.of(year, Month.JANUARY, 1), "Año Nuevo");
            days.put(nthMonday(year, Month.FEBRUARY, 1), "Día de la Constitución");
            days.put(nthMonday(year, Month.MARCH, 3), "Natalicio de Benito Juárez");
            days.put(LocalDate.of(year, Month.MAY, 1), "Día del Trabajo");
            days.put(LocalDate.of(year, Month.SEPTEMBER, 16), "Día de la Independencia");
            if (year >= 2024 && (year - 2024) % 6 == 0) {
                days.put(LocalDate.of(year, Month.OCTOBER, 1), "Transmisión del Poder Ejecutivo Federal");
            }
            days.put(nthMonday(year, Month.NOVEMBER, 3), "Día de la Revolución");
            days.put(LocalDate.of(year, Month.DECEMBER, 25), "Navidad");
        }
        return days;
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
