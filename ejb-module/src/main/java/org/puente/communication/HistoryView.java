package org.puente.communication;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A debunk's or a news item's history as staff read it: who did what, when. */
public record HistoryView(Change kind, OffsetDateTime at, PublicationStatus status, String author)
        implements Serializable {

    public static List<HistoryView> of(List<? extends PublicationEntry> lines) {
        return lines.stream()
                .map(l -> new HistoryView(
                        l.getKind(), l.getAt(), l.getStatus(), l.getAuthor().getFullName()))
                .toList();
    }
}
