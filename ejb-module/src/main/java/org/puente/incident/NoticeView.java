package org.puente.incident;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * An incident notice as a page shows it. The public view carries only the public lines, without their authors;
 * the staff view carries every line with who wrote it, and what the caller may still do.
 */
public record NoticeView(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        String title,
        AffectedService affected,
        ServiceChannel channel,
        String office,
        LocalDate closureDay,
        boolean closureMarked,
        boolean closureCanBeMarked,
        NoticeStatus status,
        OffsetDateTime startedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime updatedAt,
        List<Line> lines,
        Set<NoticeStatus> next)
        implements Serializable {

    /** One line of the history; {@code author} is null in the public view. */
    public record Line(NoticeUpdate.Kind kind, OffsetDateTime at, NoticeStatus status, String text, String author)
            implements Serializable {}

    public boolean active() {
        return status.isActive();
    }

    /** The newest public text: the feed's summary. */
    public String latestText() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).text() != null) {
                return lines.get(i).text();
            }
        }
        return "";
    }

    static NoticeView of(IncidentNotice n, boolean staff) {
        List<Line> lines = (staff ? n.getUpdates() : n.publicUpdates())
                .stream()
                        .map(u -> new Line(
                                u.getKind(),
                                u.getAt(),
                                u.getStatus(),
                                u.getText(),
                                staff ? u.getAuthor().getFullName() : null))
                        .toList();
        return new NoticeView(
                n.getId(),
                n.getBody().getId(),
                n.getBody().getCode(),
                n.getBody().getName(),
                n.getBody().getTimeZone(),
                n.getTitle(),
                n.getAffected(),
                n.getChannel(),
                n.getOffice(),
                n.getClosureDay(),
                n.isClosureMarked(),
                n.closureCanBeMarked(),
                n.getStatus(),
                n.getStartedAt(),
                n.getResolvedAt(),
                n.getUpdatedAt(),
                lines,
                n.getStatus().next());
    }
}
