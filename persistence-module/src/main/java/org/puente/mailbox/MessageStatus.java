package org.puente.mailbox;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a contact-mailbox message: it arrives new and is handled once, by an answer, by becoming a
 * petition (PQRS) or by being discarded with a reason; a handled message is final. The text of each is
 * {@code mailbox.status.<NAME>}.
 */
public enum MessageStatus {
    NUEVO,
    RESPONDIDO,
    CONVERTIDO,
    DESCARTADO;

    private static final Map<MessageStatus, Set<MessageStatus>> NEXT = Map.of(
            NUEVO, EnumSet.of(RESPONDIDO, CONVERTIDO, DESCARTADO),
            RESPONDIDO, EnumSet.noneOf(MessageStatus.class),
            CONVERTIDO, EnumSet.noneOf(MessageStatus.class),
            DESCARTADO, EnumSet.noneOf(MessageStatus.class));

    public boolean canMoveTo(MessageStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses this one may move to (none for a handled message). */
    public Set<MessageStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    /** A new message still waits for someone of the body. */
    public boolean isOpen() {
        return this == NUEVO;
    }

    public String messageKey() {
        return "mailbox.status." + name();
    }
}
