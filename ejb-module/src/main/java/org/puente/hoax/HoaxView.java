package org.puente.hoax;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.puente.communication.HistoryView;
import org.puente.communication.PublicationStatus;

/**
 * A debunk as a page shows it. The public view carries no history (an empty list); the staff view carries every
 * line with who wrote it.
 */
public record HoaxView(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        String claim,
        Verdict verdict,
        String explanation,
        LocalDate seenOn,
        List<HoaxForm.Source> sources,
        PublicationStatus status,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        List<HistoryView> history)
        implements Serializable {

    public boolean published() {
        return status == PublicationStatus.PUBLICADO;
    }

    static HoaxView of(Hoax h, boolean staff) {
        return new HoaxView(
                h.getId(),
                h.getBody().getId(),
                h.getBody().getCode(),
                h.getBody().getName(),
                h.getBody().getTimeZone(),
                h.getClaim(),
                h.getVerdict(),
                h.getExplanation(),
                h.getSeenOn(),
                h.getSources().stream()
                        .map(s -> new HoaxForm.Source(s.getTitle(), s.getUrl()))
                        .toList(),
                h.getStatus(),
                h.getPublishedAt(),
                h.getUpdatedAt(),
                staff ? HistoryView.of(h.getHistory()) : List.of());
    }
}
