package org.puente.incident;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One notice in a list (staff's, the status page's past ones, the banner's active ones). */
public record NoticeRow(
        long id,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        String title,
        AffectedService affected,
        ServiceChannel channel,
        NoticeStatus status,
        OffsetDateTime startedAt,
        OffsetDateTime resolvedAt)
        implements Serializable {

    static NoticeRow of(IncidentNotice n) {
        return new NoticeRow(
                n.getId(),
                n.getBody().getCode(),
                n.getBody().getName(),
                n.getBody().getTimeZone(),
                n.getTitle(),
                n.getAffected(),
                n.getChannel(),
                n.getStatus(),
                n.getStartedAt(),
                n.getResolvedAt());
    }
}
