package org.puente.audience;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the citizen is given on registering: his turn, its estimated time, the petition's folio (and the secret
 * tracking code when he has no account) and its due date: the petition's clock runs from this moment.
 */
public record AudienceReceipt(
        long sessionId,
        int turn,
        OffsetDateTime estimatedAt,
        String folio,
        String trackingCode,
        OffsetDateTime dueAt,
        ZoneId timeZone,
        AudienceMode mode,
        String place,
        String meetingLink) {}
