package org.puente.chat;

/**
 * A question waits for the moderator (pending), then is approved (public, with a sequence number)
 * or rejected (its author alone sees the reason). Answers and notices are public when written.
 */
public enum MessageStatus {
    PENDING,
    APPROVED,
    REJECTED
}
