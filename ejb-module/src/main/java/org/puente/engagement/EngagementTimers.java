package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.puente.cluster.Leases;

/** Every minute, escalates late platform incidents; every ten, reminds experts of tomorrow's events. Only delegates. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementTimers {

    @EJB
    private Leases leases;

    @EJB
    private IncidentService incidents;

    @EJB
    private EventReminders reminders;

    @Inject
    private Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void escalateIncidents() {
        leases.runOnce(
                "engagement-escalations",
                Duration.ofMinutes(1),
                () -> incidents.escalateDue(OffsetDateTime.now(clock)));
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void remindExperts() {
        leases.runOnce(
                "expert-reminders", Duration.ofMinutes(10), () -> reminders.remindDue(OffsetDateTime.now(clock)));
    }
}
