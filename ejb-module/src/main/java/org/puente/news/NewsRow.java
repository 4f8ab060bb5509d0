package org.puente.news;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.communication.PublicationStatus;

/** One news item in a list (staff's, the public's). */
public record NewsRow(
        long id,
        String bodyName,
        ZoneId zone,
        String title,
        String summary,
        NewsCategory category,
        PublicationStatus status,
        OffsetDateTime publishAt,
        Long imageId,
        boolean scheduled)
        implements Serializable {

    static NewsRow of(NewsItem n, OffsetDateTime now) {
        return new NewsRow(
                n.getId(),
                n.getBody().getName(),
                n.getBody().getTimeZone(),
                n.getTitle(),
                n.getSummary(),
                n.getCategory(),
                n.getStatus(),
                n.getPublishAt(),
                n.getImageId(),
                n.isScheduledAt(now));
    }
}
