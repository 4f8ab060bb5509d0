package org.puente.incident;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an incident notice stands, as the public reads it: the body is investigating, has identified the
 * cause, or has resolved it. It only moves forward; a notice may go from investigating straight to resolved
 * (a fault fixed before its cause was written down); a resolved notice is final. The text of each is
 * {@code incidentNotice.status.<NAME>}.
 */
public enum NoticeStatus {
    INVESTIGANDO,
    IDENTIFICADO,
    RESUELTO;

    private static final Map<NoticeStatus, Set<NoticeStatus>> NEXT = Map.of(
            INVESTIGANDO, EnumSet.of(IDENTIFICADO, RESUELTO),
            IDENTIFICADO, EnumSet.of(RESUELTO),
            RESUELTO, EnumSet.noneOf(NoticeStatus.class));

    public boolean canMoveTo(NoticeStatus next) {
        return next != null && NEXT.get(this).contains(next);
    }

    /** The statuses this one may move to (none once resolved). */
    public Set<NoticeStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    /** An active notice is shown in the banner of every public page. */
    public boolean isActive() {
        return this != RESUELTO;
    }

    public String messageKey() {
        return "incidentNotice.status." + name();
    }
}
