package org.puente.communication;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a piece of the body's public communication stands (a debunk, a news item): a draft only staff read, or
 * published. A published piece may be withdrawn to a draft (a mistake seen after publishing) and published again;
 * its history keeps both. The text of each is {@code communication.status.<NAME>}.
 */
public enum PublicationStatus {
    BORRADOR,
    PUBLICADO;

    private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT =
            Map.of(BORRADOR, EnumSet.of(PUBLICADO), PUBLICADO, EnumSet.of(BORRADOR));

    public boolean canMoveTo(PublicationStatus next) {
        return next != null && NEXT.get(this).contains(next);
    }

    public Set<PublicationStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public String messageKey() {
        return "communication.status." + name();
    }
}
