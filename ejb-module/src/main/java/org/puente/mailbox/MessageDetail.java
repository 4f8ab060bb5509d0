package org.puente.mailbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A message as the body's staff open it: what the sender wrote and how to reach him, how it was handled
 * (the answer, the discard reason or the petition's folio, by whom and when) and what may still be done
 * ({@code steps}, empty once handled).
 */
public record MessageDetail(
        long id,
        long bodyId,
        String bodyName,
        ZoneId zone,
        OffsetDateTime receivedAt,
        MessageStatus status,
        String subject,
        String text,
        String contactName,
        String contactEmail,
        String contactPhone,
        String answer,
        String discardReason,
        OffsetDateTime handledAt,
        String handledBy,
        Long petitionId,
        String petitionFolio,
        Set<MessageStatus> steps) {

    public boolean allows(MessageStatus step) {
        return steps.contains(step);
    }
}
