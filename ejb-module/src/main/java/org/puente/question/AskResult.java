package org.puente.question;

import java.util.Set;

/**
 * What became of a question just asked: it waits for its e-mail to be confirmed, it is with the moderators, or it
 * is a personal case (with the personal data found), whose author is offered the private channel.
 */
public record AskResult(long id, Outcome outcome, Set<PersonalData.Kind> found) {

    public enum Outcome {
        CONFIRM_EMAIL,
        IN_MODERATION,
        PERSONAL_CASE
    }
}
