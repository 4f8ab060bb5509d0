package org.puente.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.report.SurveyResponse.Degree;
import org.puente.transparency.SurveyResults.Distribution;
import org.puente.transparency.SurveyResults.Question;
import org.puente.transparency.SurveyResults.Results;
import org.puente.transparency.SurveyResults.Share;

/** The small-n rule and the adding up of the grouped rows, without a database. */
class SurveyResultsTest {

    private static final List<String> YES_NO = List.of("survey.yes", "survey.no");

    @Test
    void fourAnswersAreWithheldEntirely() {
        Distribution d = Distribution.of(YES_NO, new long[] {3, 1});
        assertFalse(d.shown());
        assertEquals(0, d.n(), "not even its count");
        assertTrue(d.shares().isEmpty());
    }

    @Test
    void fiveAnswersAreShownWithTheirShares() {
        Distribution d = Distribution.of(YES_NO, new long[] {4, 1});
        assertTrue(d.shown());
        assertEquals(5, d.n());
        assertEquals(List.of(new Share("survey.yes", 4, 80), new Share("survey.no", 1, 20)), d.shares());
    }

    @Test
    void sharesAreRoundedToWholePercent() {
        Distribution d = Distribution.of(List.of("a", "b", "c"), new long[] {1, 1, 4});
        assertEquals(
                List.of(17, 17, 67), d.shares().stream().map(Share::percent).toList());
    }

    @Test
    void rowsAddUpPerQuestionAndPerServiceInSpanishOrderAndOldAnswersHaveNoFixedAnswer() {
        List<Object[]> rows = List.of(
                // service code, name, fixed, knows, channel, degree, count
                new Object[] {"bacheo", "Bacheo", true, true, true, Degree.MUCHO, 3L},
                new Object[] {"bacheo", "Bacheo", false, true, false, Degree.POCO, 2L},
                new Object[] {"bacheo", "Bacheo", null, false, true, Degree.NADA, 1L},
                new Object[] {"alumbrado", "Alumbrado público", true, true, true, Degree.MUCHO, 2L},
                new Object[] {"otro", "Ópticas municipales", true, true, true, Degree.MUCHO, 1L});
        Results r = SurveyResults.tally(rows);
        assertTrue(r.shown());
        assertEquals(9, r.responses());
        var fixed = r.questions().get(Question.FIXED.ordinal());
        assertEquals(8, fixed.overall().n(), "the answer given before the question existed is left out");
        assertEquals(
                List.of(6L, 2L),
                fixed.overall().shares().stream().map(Share::count).toList());
        var accountability = r.questions().get(Question.ACCOUNTABILITY.ordinal());
        assertEquals(
                List.of(6L, 2L, 1L),
                accountability.overall().shares().stream().map(Share::count).toList());
        assertEquals(
                List.of("Alumbrado público", "Bacheo", "Ópticas municipales"),
                accountability.services().stream()
                        .map(SurveyResults.ServiceShare::serviceName)
                        .toList());
        assertFalse(accountability.services().get(0).distribution().shown(), "two answers: withheld");
        assertEquals(6, accountability.services().get(1).distribution().n());
        assertEquals(5, fixed.services().get(1).distribution().n(), "bacheo's fixed question: 5 of its 6");
    }

    @Test
    void fewerThanFiveSurveysInTheFilterShowNothing() {
        Results r = SurveyResults.tally(
                List.<Object[]>of(new Object[] {"bacheo", "Bacheo", true, true, true, Degree.MUCHO, 4L}));
        assertFalse(r.shown());
        assertEquals(0, r.responses());
        assertTrue(r.questions().stream().noneMatch(q -> q.overall().shown()));
    }
}
