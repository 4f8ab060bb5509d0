package org.puente.engagement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an engagement request (the "oficio" of seed 000): the content department evaluates
 * it, may propose an adjustment that the Enlace accepts or answers with a counter-proposal,
 * approves or rejects it, confirms the expert, and schedules the event.
 */
public enum RequestStatus {
    /** Filed by the Enlace, waiting for the evaluator. */
    SUBMITTED,
    /** The evaluator proposed another date, window or topic. */
    ADJUSTMENT_PROPOSED,
    /** The Enlace accepted the evaluator's adjustment. */
    ADJUSTMENT_ACCEPTED,
    /** The Enlace answered the adjustment with a proposal of his own. */
    COUNTER_PROPOSED,
    /** Approved; the expert is still to be confirmed. */
    APPROVED,
    /** The expert is confirmed (or another one assigned). */
    EXPERT_CONFIRMED,
    /** The chat or forum exists in the calendar. */
    SCHEDULED,
    REJECTED,
    /** Withdrawn by the Enlace before it was scheduled. */
    WITHDRAWN;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ADJUSTMENT_PROPOSED, APPROVED, REJECTED, WITHDRAWN),
            ADJUSTMENT_PROPOSED, EnumSet.of(ADJUSTMENT_ACCEPTED, COUNTER_PROPOSED, WITHDRAWN),
            ADJUSTMENT_ACCEPTED, EnumSet.of(APPROVED, ADJUSTMENT_PROPOSED, REJECTED, WITHDRAWN),
            COUNTER_PROPOSED, EnumSet.of(APPROVED, ADJUSTMENT_PROPOSED, REJECTED, WITHDRAWN),
            APPROVED, EnumSet.of(EXPERT_CONFIRMED, WITHDRAWN),
            EXPERT_CONFIRMED, EnumSet.of(SCHEDULED, WITHDRAWN),
            SCHEDULED, EnumSet.noneOf(RequestStatus.class),
            REJECTED, EnumSet.noneOf(RequestStatus.class),
            WITHDRAWN, EnumSet.noneOf(RequestStatus.class));

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<RequestStatus> next() {
        Set<RequestStatus> next = NEXT.get(this);
        return next.isEmpty() ? EnumSet.noneOf(RequestStatus.class) : EnumSet.copyOf(next);
    }

    /**
     * The evaluator's queue, the one list of it: a request waits for him while it is to be decided
     * (filed, adjustment accepted, counter-proposed) and after approval until it is scheduled (the
     * expert to confirm, the event to schedule).
     */
    private static final Set<RequestStatus> WITH_EVALUATOR =
            EnumSet.of(SUBMITTED, ADJUSTMENT_ACCEPTED, COUNTER_PROPOSED, APPROVED, EXPERT_CONFIRMED);

    /** Waiting for the evaluator (his queue shows these, oldest first). */
    public boolean isWithEvaluator() {
        return WITH_EVALUATOR.contains(this);
    }

    /** The statuses of the evaluator's queue. */
    public static Set<RequestStatus> withEvaluator() {
        return EnumSet.copyOf(WITH_EVALUATOR);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public String messageKey() {
        return "engagement.status." + name();
    }
}
