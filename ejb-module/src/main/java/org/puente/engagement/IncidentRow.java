package org.puente.engagement;

import java.time.OffsetDateTime;

/** A platform incident as the lists show it. */
public record IncidentRow(Long id, String eventTitle, String bodyName, String reporterName, String description,
                          OffsetDateTime reportedAt, OffsetDateTime responseDueAt, IncidentStatus status,
                          OffsetDateTime respondedAt, String responderName, String response, boolean escalated,
                          boolean answeredInTime, boolean late) {
}
