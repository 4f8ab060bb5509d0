package org.puente.forum;

/**
 * A forum post waits for the moderator (pre-moderated forums), is published, or is hidden by the
 * moderator (rejected before publication, or taken down after readers flagged it).
 */
public enum PostStatus {
    PENDING,
    PUBLISHED,
    HIDDEN;

    public String messageKey() {
        return "forum.status." + name();
    }
}
