package org.puente.engagement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A platform incident: open until the content department answers; resolved when fixed. */
public enum IncidentStatus {
    OPEN,
    ANSWERED,
    RESOLVED;

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(ANSWERED, RESOLVED),
            ANSWERED, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.noneOf(IncidentStatus.class));

    public boolean canMoveTo(IncidentStatus next) {
        return NEXT.get(this).contains(next);
    }

    public String messageKey() {
        return "incident.status." + name();
    }
}
