package org.puente.opinion;

/** The kinds of question a survey asks. The text of each is {@code opinion.kind.<NAME>}. */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE_1_5,
    SHORT_TEXT;

    /** The kinds answered by choosing among the question's options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String messageKey() {
        return "opinion.kind." + name();
    }
}
