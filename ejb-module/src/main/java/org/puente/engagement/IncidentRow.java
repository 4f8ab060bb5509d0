package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.Set;

/** A platform incident as the lists show it, with the steps the caller may take on it now. */
public record IncidentRow(
        Long id,
        String eventTitle,
        String bodyName,
        String reporterName,
        String description,
        OffsetDateTime reportedAt,
        OffsetDateTime responseDueAt,
        IncidentStatus status,
        OffsetDateTime respondedAt,
        String responderName,
        String response,
        boolean escalated,
        boolean answeredInTime,
        boolean late,
        Set<IncidentStep> steps) {

    public boolean can(IncidentStep step) {
        return steps.contains(step);
    }
}
