package org.puente.audience;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an audience session, with the only transitions allowed: a planned session opens (it is
 * running) or is cancelled; a running one closes. Text: {@code audience.status.<NAME>}.
 */
public enum AudienceStatus {
    PLANNED,
    OPEN,
    CLOSED,
    CANCELLED;

    private static final Map<AudienceStatus, Set<AudienceStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(OPEN, CANCELLED),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(AudienceStatus.class),
            CANCELLED, EnumSet.noneOf(AudienceStatus.class));

    public boolean canMoveTo(AudienceStatus next) {
        return NEXT.get(this).contains(next);
    }

    public String messageKey() {
        return "audience.status." + name();
    }
}
