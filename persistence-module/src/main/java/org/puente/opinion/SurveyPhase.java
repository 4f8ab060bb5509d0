package org.puente.opinion;

/**
 * What a survey is at a given moment, as a visitor meets it: a draft (never public), published but not open
 * yet, open for answers, or closed (closed by staff, or its period over). The text of each is
 * {@code opinion.phase.<NAME>}.
 */
public enum SurveyPhase {
    DRAFT,
    UPCOMING,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "opinion.phase." + name();
    }
}
