package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.List;

/** A scheduled chat or forum, as the staff calendar and the expert's list show it. */
public record EventRow(
        Long id,
        Long requestId,
        String folio,
        EngagementKind kind,
        String title,
        List<String> topics,
        String bodyName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String expertName,
        String moderatorName,
        EventStatus status,
        boolean expertTrained) {}
