package org.puente.chat;

import java.time.OffsetDateTime;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;

/** What the room page shows before anything else: the topic, the times, the expert, whether it is open. */
public record ChatRoom(Long eventId, EngagementKind kind, String title, String bodyName, String expertName,
                       String expertPosition, OffsetDateTime startsAt, OffsetDateTime endsAt, EventStatus status,
                       long lastSeq) {
}
