package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Every minute, escalates late platform incidents; every ten, reminds experts of tomorrow's events. Only delegates. */
@Singleton
public class EngagementTimers {

    @EJB
    private IncidentService incidents;

    @EJB
    private EventReminders reminders;

    @Inject
    private Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void escalateIncidents() {
        incidents.escalateDue(OffsetDateTime.now(clock));
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void remindExperts() {
        reminders.remindDue(OffsetDateTime.now(clock));
    }
}
