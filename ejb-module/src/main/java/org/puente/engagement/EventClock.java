package org.puente.engagement;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Opens scheduled chats and forums at their start and closes open ones at their end ({@link EventTimers}
 * calls it; tests call it with the time they need). A cancelled event is never opened. Each change is
 * announced as an {@link EventStatusChanged} so that the chat rooms can tell their views.
 */
@Stateless
public class EventClock {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Event<EventStatusChanged> changes;

    /** Opens and closes the events whose time has come at {@code now}; returns how many changed. */
    public int followClock(OffsetDateTime now) {
        int changed = 0;
        for (EngagementEvent e : em.createNamedQuery("EngagementEvent.dueToChange", EngagementEvent.class)
                .setParameter("now", now)
                .getResultList()) {
            if (e.getStatus() != EventStatus.CANCELLED && e.followClock(now)) {
                changed++;
                changes.fire(new EventStatusChanged(e.getId(), e.getKind(), e.getStatus()));
            }
        }
        return changed;
    }
}
