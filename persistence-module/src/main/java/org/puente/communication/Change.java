package org.puente.communication;

/**
 * What one line of a debunk's or a news item's history records; the text of each is
 * {@code communication.change.<NAME>}.
 */
public enum Change {
    CREATED,
    EDITED,
    PUBLISHED,
    WITHDRAWN;

    public String messageKey() {
        return "communication.change." + name();
    }
}
