package org.puente.petition;

/** How a petition came in. Text: {@code petition.channel.<NAME>}. */
public enum PetitionChannel {
    /** The public form. */
    WEB,
    /** A phone call taken by an operator of the intake desk. */
    PHONE,
    /** A contact-mailbox message that staff turned into a petition (its clock runs from the message). */
    MAILBOX,
    /** Registered for a digital public audience. */
    AUDIENCE;

    public String messageKey() {
        return "petition.channel." + name();
    }
}
