package org.puente.opinion;

/** What became of a citizen's answers: recorded, or not counted again because he had answered before. */
public enum AnswerOutcome {
    RECORDED,
    ALREADY_ANSWERED
}
