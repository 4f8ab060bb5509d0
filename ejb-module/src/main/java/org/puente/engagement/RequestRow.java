package org.puente.engagement;

import java.time.OffsetDateTime;

/**
 * A request in a list: the Enlace's own, or the evaluator's queue (by age). {@code when} is the
 * proposal in Spanish words (for e-mails); {@code schedule} the same proposal for pages to show in
 * their own language.
 */
public record RequestRow(
        Long id,
        String folio,
        EngagementKind kind,
        String title,
        String bodyName,
        String unitName,
        String when,
        RequestStatus status,
        OffsetDateTime submittedAt,
        long ageDays,
        ProposedSchedule schedule) {}
