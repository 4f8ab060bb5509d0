package org.puente.report;

/** The reporter's answers to the "¡Ayúdanos a mejorar!" survey. */
public record SurveyAnswers(Boolean knowsService, String priorityServices, Boolean effectiveChannel,
                            SurveyResponse.Degree accountability) {
}
