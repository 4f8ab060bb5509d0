package org.puente.opinion;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One survey in a list (staff's, the public one). */
public record SurveyRow(
        long id,
        String bodyName,
        ZoneId zone,
        String title,
        String coloniaName,
        SurveyStatus status,
        SurveyPhase phase,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean resultsPublished)
        implements Serializable {

    static SurveyRow of(OpinionSurvey s, OffsetDateTime now) {
        return new SurveyRow(
                s.getId(),
                s.getBody().getName(),
                s.getBody().getTimeZone(),
                s.getTitle(),
                s.getColonia() == null ? null : s.getColonia().getName(),
                s.getStatus(),
                s.phase(now),
                s.getOpensAt(),
                s.getClosesAt(),
                s.resultsPublished());
    }
}
