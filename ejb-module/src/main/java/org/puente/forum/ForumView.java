package org.puente.forum;

import java.time.OffsetDateTime;
import java.util.List;
import org.puente.engagement.EventStatus;

/** A forum as its public page shows it: topics, expert, dates, whether it is open, how it is moderated. */
public record ForumView(
        Long eventId,
        String title,
        List<String> topics,
        String bodyName,
        String expertName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        EventStatus status,
        boolean preModerated) {

    public boolean isOpen() {
        return status == EventStatus.OPEN;
    }
}
