package org.puente.report;

/**
 * The reporter's answers to the "¡Ayúdanos a mejorar!" survey; with "the problem was not fixed" he
 * may reopen the report, saying what is still wrong.
 */
public record SurveyAnswers(
        Boolean knowsService,
        String priorityServices,
        Boolean effectiveChannel,
        SurveyResponse.Degree accountability,
        Boolean fixed,
        boolean reopen,
        String reopenReason) {

    /** At most this many characters of reason for a reopening. */
    public static final int MAX_REASON = 500;
}
