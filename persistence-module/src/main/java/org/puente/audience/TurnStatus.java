package org.puente.audience;

import java.util.EnumSet;
import java.util.Set;

/**
 * A registered petition's turn in its session: waiting, called (being attended), then one result:
 * attended at once (with what was agreed), turned over to its department (it stays a tracked petition),
 * not applicable (with the reason) or the citizen did not show up. Text: {@code audience.turn.<NAME>}.
 */
public enum TurnStatus {
    WAITING,
    CALLED,
    ATENDIDA_EN_EL_ACTO,
    TURNADA,
    NO_PROCEDE,
    NO_SHOW;

    /** The results an official may mark on the called turn. */
    public static final Set<TurnStatus> RESULTS = EnumSet.of(ATENDIDA_EN_EL_ACTO, TURNADA, NO_PROCEDE, NO_SHOW);

    public boolean isResult() {
        return RESULTS.contains(this);
    }

    /** Whether the citizen was attended (came and got one of the three answers). */
    public boolean isAttended() {
        return this == ATENDIDA_EN_EL_ACTO || this == TURNADA || this == NO_PROCEDE;
    }

    /** Whether the result needs a text: what was agreed, or why it does not proceed. */
    public boolean needsText() {
        return this == ATENDIDA_EN_EL_ACTO || this == NO_PROCEDE;
    }

    public String messageKey() {
        return "audience.turn." + name();
    }
}
