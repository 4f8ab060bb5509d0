package org.puente.question;

/** A question as typed on the public form; nickname and e-mail only for someone who is not signed in. */
public record AskForm(Long bodyId, QuestionTopic topic, String text, String nickname, String email) {}
