package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Opens chats and forums at their start and closes them at their end. Runs every 15 seconds, so a
 * room opens within seconds of its time. Only delegates.
 */
@Singleton
public class EventTimers {

    @EJB
    private EventClock events;

    @Inject
    private Clock clock;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void followClock() {
        events.followClock(OffsetDateTime.now(clock));
    }
}
