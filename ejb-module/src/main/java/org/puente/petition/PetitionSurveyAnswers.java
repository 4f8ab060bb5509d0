package org.puente.petition;

import org.puente.report.SurveyResponse;

/**
 * A filer's answers to the satisfaction survey after the written response: the questions of the reports'
 * survey that make sense for a petition (was it answered, is the channel effective, is it accountability).
 */
public record PetitionSurveyAnswers(Boolean answered, Boolean effectiveChannel, SurveyResponse.Degree accountability) {}
