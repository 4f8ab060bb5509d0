package org.puente.mailbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One line of the body's mailbox: staff only (it names the sender). */
public record MessageRow(
        long id,
        String bodyName,
        OffsetDateTime receivedAt,
        ZoneId zone,
        MessageStatus status,
        String subject,
        String sender) {}
