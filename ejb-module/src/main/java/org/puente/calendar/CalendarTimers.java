package org.puente.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.puente.cluster.Leases;

/** Once a month, makes sure this year's and next year's official holidays are in every calendar. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarTimers {

    @EJB
    private Leases leases;

    @EJB
    private CalendarService calendars;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "15", persistent = false)
    void fillHolidays() {
        leases.runOnce("official-holidays", Duration.ofDays(1), () -> {
            int year = LocalDate.now(clock).getYear();
            calendars.addOfficialHolidaysEverywhere(year);
            calendars.addOfficialHolidaysEverywhere(year + 1);
        });
    }
}
