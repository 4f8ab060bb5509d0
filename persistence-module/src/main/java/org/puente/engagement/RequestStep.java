package org.puente.engagement;

/**
 * A step someone may take on an engagement request: the evaluator's (approve, adjust, reject,
 * confirm the expert, schedule, plan a training, cancel the event) and the requesting unit's Enlace's
 * (accept the adjustment, counter-propose, withdraw). {@link EngagementRequest#allowedSteps} says
 * which are open to a caller now ({@link EngagementEvent#allowedSteps} for the event's cancellation);
 * pages show those, and the verbs refuse the others.
 */
public enum RequestStep {
    APPROVE,
    ADJUST,
    REJECT,
    CONFIRM_EXPERT,
    SCHEDULE,
    TRAINING,
    CANCEL_EVENT,
    ACCEPT,
    COUNTER,
    WITHDRAW;

    /** The steps of the content department's evaluator (or an administrator). */
    public boolean isEvaluators() {
        return ordinal() <= CANCEL_EVENT.ordinal();
    }
}
