package org.puente.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Once a month, makes sure this year's and next year's official holidays are in every calendar. */
@Singleton
public class CalendarTimers {

    @EJB
    private CalendarService calendars;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "15", persistent = false)
    void fillHolidays() {
        int year = LocalDate.now(clock).getYear();
        calendars.addOfficialHolidaysEverywhere(year);
        calendars.addOfficialHolidaysEverywhere(year + 1);
    }
}
