package org.puente.question;

/** What a public question is about: each topic has its FAQ page. The text of each is {@code question.topic.<NAME>}. */
public enum QuestionTopic {
    PREDIAL,
    AGUA,
    LICENCIAS,
    PROGRAMAS_SOCIALES,
    TRAMITES,
    OTROS;

    public String messageKey() {
        return "question.topic." + name();
    }
}
