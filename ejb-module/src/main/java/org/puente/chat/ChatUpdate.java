package org.puente.chat;

import org.puente.engagement.EventStatus;

/** What the room views learn after a change is committed (on this node, and on the others of a cluster). */
public sealed interface ChatUpdate extends java.io.Serializable {

    Long eventId();

    /** A public message for everybody in the room. */
    record Published(Long eventId, PublicMessage message) implements ChatUpdate {}

    /** A change to one participant's own question (approved, or rejected with its reason): for him only. */
    record Private(Long eventId, Long participantId, OwnQuestion question) implements ChatUpdate {}

    /** The room opened or closed. */
    record Status(Long eventId, EventStatus status) implements ChatUpdate {}

    /**
     * Another feature's live view riding the same delivery (the audience turn board, issue 12): {@code key}
     * is that feature's id (an audience session's), {@code snapshot} what its views show. Not for chat rooms.
     */
    record Board(String channel, Long key, java.io.Serializable snapshot) implements ChatUpdate {
        @Override
        public Long eventId() {
            return null;
        }
    }

    /** The moderator muted (or unmuted) a participant: for him only. */
    record Muted(Long eventId, Long participantId, boolean muted) implements ChatUpdate {}
}
