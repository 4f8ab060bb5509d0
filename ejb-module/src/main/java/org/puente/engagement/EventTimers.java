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

/**
 * Opens chats and forums at their start and closes them at their end. Runs every 15 seconds, so a
 * room opens within seconds of its time. Only delegates.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventTimers {

    @EJB
    private Leases leases;

    @EJB
    private EventClock events;

    @Inject
    private Clock clock;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void followClock() {
        leases.runOnce("event-clock", Duration.ofSeconds(15), () -> events.followClock(OffsetDateTime.now(clock)));
    }
}
