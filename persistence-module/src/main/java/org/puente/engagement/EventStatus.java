package org.puente.engagement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A chat's or forum's life in the calendar: scheduled, open (live), closed; or cancelled before it opens.
 * A scheduled event whose whole time passed while no server ran goes straight to closed.
 */
public enum EventStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED;

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            SCHEDULED, EnumSet.of(OPEN, CLOSED, CANCELLED),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    public boolean canMoveTo(EventStatus next) {
        return NEXT.get(this).contains(next);
    }

    public String messageKey() {
        return "event.status." + name();
    }
}
