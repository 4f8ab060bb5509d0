package org.puente.mailbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What the sender is shown: which body received his message, when (in the body's zone) and where it will answer. */
public record MessageReceipt(long id, String bodyName, OffsetDateTime receivedAt, ZoneId timeZone, String email) {}
