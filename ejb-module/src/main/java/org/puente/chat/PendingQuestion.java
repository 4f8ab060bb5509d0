package org.puente.chat;

import java.time.OffsetDateTime;

/** A question in the moderator's queue, with who asked it and whether he is muted. */
public record PendingQuestion(
        Long id, Long participantId, String nickname, boolean muted, String text, OffsetDateTime at) {}
