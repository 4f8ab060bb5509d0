package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A chat or forum as the public agenda shows it: what, when, with which expert (name and position)
 * and which body. No e-mail, phone or staff data.
 */
public record PublicEvent(
        Long id,
        EngagementKind kind,
        String title,
        List<String> topics,
        String bodyName,
        String expertName,
        String expertPosition,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        EventStatus status) {}
