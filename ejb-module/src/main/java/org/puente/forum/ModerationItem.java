package org.puente.forum;

import java.time.OffsetDateTime;

/** A post in the moderator's queue: pending (pre-moderated forum) or public and flagged by readers. */
public record ModerationItem(
        Long postId,
        Long threadId,
        String threadTitle,
        String author,
        String body,
        PostStatus status,
        int flags,
        OffsetDateTime at) {}
