package org.puente.chat;

import java.time.OffsetDateTime;

/** A participant's own question as only he sees it: its status, and the reason when it was rejected. */
public record OwnQuestion(Long id, String text, MessageStatus status, String rejectReason, OffsetDateTime at)
        implements java.io.Serializable {}
