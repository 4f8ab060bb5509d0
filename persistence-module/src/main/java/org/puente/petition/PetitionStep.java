package org.puente.petition;

/**
 * The steps staff take on a petition, as its page offers them. {@link Petition#stepsFor} says which a
 * given person may take now; each verb of the petition refuses a step its status does not allow.
 */
public enum PetitionStep {
    /** The intake desk or a manager sends it to a department (again: a reassignment). */
    ROUTE,
    /** A manager gives it to a person of its department; an agent takes it himself. */
    ASSIGN,
    /** A note among staff, never shown to the citizen. */
    NOTE,
    /** The one extension of the term, with a reason sent to the citizen before the due date. */
    EXTEND,
    /** A prevención: the citizen is asked to complete it; the clock stops. */
    PREVENT,
    /** The written response, which closes it. */
    RESPOND,
    /** Sent to the competent body within the referral days; the citizen is told. */
    REFER
}
