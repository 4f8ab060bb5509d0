package org.puente.opinion;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an opinion survey stands: staff build it as a draft, publish it for a period (its questions are then
 * fixed), and close it (early, or by hand after its period; a published survey whose period ended takes no
 * answer either). A closed survey is final. The text of each is {@code opinion.status.<NAME>}.
 */
public enum SurveyStatus {
    DRAFT,
    PUBLISHED,
    CLOSED;

    private static final Map<SurveyStatus, Set<SurveyStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(SurveyStatus.class));

    public boolean canMoveTo(SurveyStatus next) {
        return next != null && NEXT.get(this).contains(next);
    }

    public Set<SurveyStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public String messageKey() {
        return "opinion.status." + name();
    }
}
