package org.puente.news;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.puente.communication.HistoryView;
import org.puente.communication.PublicationStatus;

/**
 * A news item as a page shows it; {@code html} is already cleaned (and the page cleans it again). The public view
 * carries no history.
 */
public record NewsView(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        String title,
        String summary,
        String html,
        NewsCategory category,
        PublicationStatus status,
        OffsetDateTime publishAt,
        OffsetDateTime updatedAt,
        Long imageId,
        boolean scheduled,
        List<HistoryView> history)
        implements Serializable {

    public boolean published() {
        return status == PublicationStatus.PUBLICADO;
    }

    static NewsView of(NewsItem n, OffsetDateTime now, boolean staff) {
        return new NewsView(
                n.getId(),
                n.getBody().getId(),
                n.getBody().getCode(),
                n.getBody().getName(),
                n.getBody().getTimeZone(),
                n.getTitle(),
                n.getSummary(),
                n.getHtml(),
                n.getCategory(),
                n.getStatus(),
                n.getPublishAt(),
                n.getUpdatedAt(),
                n.getImageId(),
                n.isScheduledAt(now),
                staff ? HistoryView.of(n.getHistory()) : List.of());
    }
}
