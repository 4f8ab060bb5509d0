package org.puente.petition;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a petition, with the only transitions allowed. Received and in process are open (the clock
 * runs); prevented waits for the citizen (the clock stands still); answered, withdrawn and referred are
 * final. Text: {@code petition.status.<NAME>}.
 */
public enum PetitionStatus {
    RECIBIDA,
    EN_TRAMITE,
    PREVENIDA,
    RESPONDIDA,
    DESISTIDA,
    REMITIDA;

    private static final Map<PetitionStatus, Set<PetitionStatus>> NEXT = Map.of(
            RECIBIDA, EnumSet.of(EN_TRAMITE, PREVENIDA, RESPONDIDA, REMITIDA),
            EN_TRAMITE, EnumSet.of(PREVENIDA, RESPONDIDA, REMITIDA),
            PREVENIDA, EnumSet.of(EN_TRAMITE, DESISTIDA),
            RESPONDIDA, EnumSet.noneOf(PetitionStatus.class),
            DESISTIDA, EnumSet.noneOf(PetitionStatus.class),
            REMITIDA, EnumSet.noneOf(PetitionStatus.class));

    /** The statuses in which the body still owes an answer (including a prevented one). */
    public static final Set<PetitionStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.of(RECIBIDA, EN_TRAMITE, PREVENIDA));

    public boolean canMoveTo(PetitionStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "petition.status." + name();
    }
}
