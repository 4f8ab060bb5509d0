package org.puente.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyStatusTest {

    /** The rule written out again: a draft is published, a published survey closed, a closed one is final. */
    private static boolean allowed(SurveyStatus from, SurveyStatus to) {
        return (from == SurveyStatus.DRAFT && to == SurveyStatus.PUBLISHED)
                || (from == SurveyStatus.PUBLISHED && to == SurveyStatus.CLOSED);
    }

    @Test
    void everyMoveFromEveryStatus() {
        for (SurveyStatus from : SurveyStatus.values()) {
            for (SurveyStatus to : SurveyStatus.values()) {
                assertEquals(allowed(from, to), from.canMoveTo(to), from + " -> " + to);
            }
        }
        assertEquals(Set.of(), SurveyStatus.CLOSED.next());
        assertEquals(false, SurveyStatus.DRAFT.canMoveTo(null));
    }
}
