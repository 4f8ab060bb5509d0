package org.puente.hoax;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.communication.PublicationStatus;

/** One debunk in a list (staff's, the public's). */
public record HoaxRow(
        long id,
        String bodyName,
        ZoneId zone,
        String claim,
        Verdict verdict,
        PublicationStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime publishedAt)
        implements Serializable {

    static HoaxRow of(Hoax h) {
        return new HoaxRow(
                h.getId(),
                h.getBody().getName(),
                h.getBody().getTimeZone(),
                h.getClaim(),
                h.getVerdict(),
                h.getStatus(),
                h.getCreatedAt(),
                h.getPublishedAt());
    }
}
