package org.puente.chat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;

/**
 * What the room page shows before anything else: the topic, the times, the expert, whether it is
 * open; {@code zone} is the agency's, in which its times are shown.
 */
public record ChatRoom(
        Long eventId,
        EngagementKind kind,
        String title,
        String bodyName,
        String expertName,
        String expertPosition,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        EventStatus status,
        long lastSeq,
        ZoneId zone) {}
