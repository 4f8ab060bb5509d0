package org.puente.question;

/**
 * A question as typed on the public form; nickname and e-mail only for someone who is not signed in; the consent
 * to the body's privacy notice from everyone who asks, as on the other citizen forms.
 */
public record AskForm(
        Long bodyId, QuestionTopic topic, String text, String nickname, String email, boolean privacyConsent) {}
