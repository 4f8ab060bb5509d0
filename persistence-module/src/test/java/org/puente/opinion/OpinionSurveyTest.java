package org.puente.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.RuleViolation;

class OpinionSurveyTest {

    /** 10:00 in Metepec (UTC-6) on Monday 7 December 2026. */
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(-6));

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final Body metepec = new Body(
            "MET",
            "H. Ayuntamiento de Metepec",
            BodyKind.MUNICIPIO,
            "Estado de México",
            ZoneId.of("America/Mexico_City"));
    private final UserAccount paola = UserAccount.staff(
            "comunicacion", "Paola", "p@example.mx", HASH, metepec, null, Set.of(Role.COMUNICACION), NOW);

    private OpinionSurvey draft() {
        OpinionSurvey s = new OpinionSurvey(metepec, " Alumbrado público ", null, null, paola, NOW.minusDays(3));
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.SINGLE_CHOICE,
                        "¿Funciona el alumbrado de tu calle?",
                        true,
                        List.of("Sí", " ", "No", "A veces")),
                paola,
                NOW.minusDays(3));
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.MULTIPLE_CHOICE,
                        "¿Dónde falta luz?",
                        false,
                        List.of("Parques", "Calles", "Paradas")),
                paola,
                NOW.minusDays(3));
        s.addQuestion(
                new QuestionDraft(QuestionKind.SCALE_1_5, "Califica el servicio", true, List.of("x")), paola, NOW);
        s.addQuestion(new QuestionDraft(QuestionKind.SHORT_TEXT, "¿Algo más?", false, null), paola, NOW);
        return s;
    }

    private static GivenAnswer choice(Integer... c) {
        return new GivenAnswer(List.of(c), null, null);
    }

    private static GivenAnswer scale(int p) {
        return new GivenAnswer(List.of(), p, null);
    }

    private static GivenAnswer text(String t) {
        return new GivenAnswer(List.of(), null, t);
    }

    @Test
    void aDraftKeepsItsQuestionsInOrderAndDropsBlankOptions() {
        OpinionSurvey s = draft();
        assertEquals("Alumbrado público", s.getTitle());
        assertEquals(SurveyStatus.DRAFT, s.getStatus());
        assertEquals(List.of("Sí", "No", "A veces"), s.getQuestions().get(0).getOptions());
        assertEquals(List.of(), s.getQuestions().get(2).getOptions(), "a scale has no options");
        s.moveQuestion(3, -1, paola, NOW);
        assertEquals("¿Algo más?", s.getQuestions().get(2).getText());
        assertEquals(2, s.getQuestions().get(2).getPosition());
        s.removeQuestion(0, paola, NOW);
        assertEquals(
                List.of("¿Dónde falta luz?", "¿Algo más?", "Califica el servicio"),
                s.getQuestions().stream().map(OpinionQuestion::getText).toList());
        assertEquals(
                List.of(0, 1, 2),
                s.getQuestions().stream().map(OpinionQuestion::getPosition).toList());
    }

    @Test
    void aChoiceNeedsTwoToTenDistinctOptions() {
        assertEquals(
                "opinion.question.options.count",
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "¿Sí?", true, List.of("Sí"))
                        .problems()
                        .get(0)
                        .getMessageKey());
        List<String> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add("Opción " + i);
        }
        assertEquals(
                "opinion.question.options.count",
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "¿Cuáles?", true, eleven)
                        .problems()
                        .get(0)
                        .getMessageKey());
        assertEquals(
                "opinion.question.options.repeated",
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "¿Sí?", true, List.of("Sí", "sí"))
                        .problems()
                        .get(0)
                        .getMessageKey());
        RuleViolation noText = assertThrows(RuleViolation.class, () -> draft().addQuestion(
                        new QuestionDraft(QuestionKind.SHORT_TEXT, "  ", false, null), paola, NOW));
        assertEquals("text", noText.getField());
        assertEquals("opinion.question.text.required", noText.getMessageKey());
    }

    @Test
    void publishingNeedsQuestionsAndAPeriodThatEndsAfterNow() {
        OpinionSurvey empty = new OpinionSurvey(metepec, "Vacía", null, null, paola, NOW);
        assertEquals(
                "opinion.publish.noQuestions",
                assertThrows(RuleViolation.class, () -> empty.publish(null, NOW.plusDays(3), paola, NOW))
                        .getMessageKey());
        OpinionSurvey s = draft();
        assertEquals(
                "opinion.closesAt.past",
                assertThrows(RuleViolation.class, () -> s.publish(NOW.minusDays(5), NOW.minusDays(1), paola, NOW))
                        .getMessageKey());
        assertEquals(
                "opinion.closesAt.beforeOpening",
                assertThrows(RuleViolation.class, () -> s.publish(NOW.plusDays(2), NOW.plusDays(1), paola, NOW))
                        .getMessageKey());
        assertEquals(SurveyStatus.DRAFT, s.getStatus(), "a refused publication changes nothing");
        s.publish(null, NOW.plusDays(14), paola, NOW);
        assertEquals(SurveyStatus.PUBLISHED, s.getStatus());
        assertEquals(NOW, s.getOpensAt());
        assertEquals(SurveyPhase.OPEN, s.phase(NOW));
    }

    @Test
    void aPublishedSurveysQuestionsCannotChange() {
        OpinionSurvey s = draft();
        s.publish(null, NOW.plusDays(14), paola, NOW);
        QuestionDraft more = new QuestionDraft(QuestionKind.SHORT_TEXT, "¿Otra?", false, null);
        for (Runnable change : List.<Runnable>of(
                () -> s.addQuestion(more, paola, NOW),
                () -> s.changeQuestion(0, more, paola, NOW),
                () -> s.moveQuestion(1, -1, paola, NOW),
                () -> s.removeQuestion(0, paola, NOW),
                () -> s.edit("Otro título", null, null, paola, NOW))) {
            assertEquals(
                    "opinion.published.locked",
                    assertThrows(RuleViolation.class, change::run).getMessageKey());
        }
        assertEquals(4, s.getQuestions().size());
        assertEquals("Alumbrado público", s.getTitle());
        assertEquals(
                "opinion.status.forbidden",
                assertThrows(RuleViolation.class, () -> s.publish(null, NOW.plusDays(20), paola, NOW))
                        .getMessageKey());
    }

    @Test
    void aSurveyClosedYesterdayRefusesAnswers() {
        OpinionSurvey s = draft();
        // Published on 30 November 2026 at 9:00, closing on Sunday 6 December 2026 at 20:00 (Metepec's time).
        OffsetDateTime published = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(-6));
        OffsetDateTime yesterday = OffsetDateTime.of(2026, 12, 6, 20, 0, 0, 0, ZoneOffset.ofHours(-6));
        s.publish(null, yesterday, paola, published);
        assertEquals(SurveyStatus.PUBLISHED, s.getStatus());
        assertEquals(SurveyPhase.CLOSED, s.phase(NOW));
        assertEquals(SurveyPhase.OPEN, s.phase(yesterday.minusMinutes(1)));
        List<GivenAnswer> fine = List.of(choice(0), GivenAnswer.none(), scale(4), GivenAnswer.none());
        RuleViolation closed = assertThrows(RuleViolation.class, () -> s.answer(fine, null, "a".repeat(64), NOW));
        assertEquals("opinion.answer.closed", closed.getMessageKey());
        assertEquals(
                2,
                s.answer(fine, 7L, null, yesterday.minusMinutes(1)).getAnswers().size(),
                "a minute before");
    }

    @Test
    void anUpcomingSurveyAndADraftTakeNoAnswers() {
        OpinionSurvey s = draft();
        List<GivenAnswer> fine = List.of(choice(0), GivenAnswer.none(), scale(4), GivenAnswer.none());
        assertEquals(
                "opinion.answer.notOpen",
                assertThrows(RuleViolation.class, () -> s.answer(fine, 7L, null, NOW))
                        .getMessageKey());
        s.publish(NOW.plusDays(1), NOW.plusDays(8), paola, NOW);
        assertEquals(SurveyPhase.UPCOMING, s.phase(NOW));
        assertEquals(
                "opinion.answer.notOpen",
                assertThrows(RuleViolation.class, () -> s.answer(fine, 7L, null, NOW))
                        .getMessageKey());
    }

    @Test
    void requiredQuestionsAndWrongAnswersAreNamedOneEach() {
        OpinionSurvey s = draft();
        s.publish(null, NOW.plusDays(14), paola, NOW);
        List<RuleViolation> problems =
                s.answerProblems(List.of(GivenAnswer.none(), choice(0, 5), GivenAnswer.none(), text("x".repeat(501))));
        assertEquals(
                List.of("q0", "q1", "q2", "q3"),
                problems.stream().map(RuleViolation::getField).toList());
        assertEquals(
                List.of(
                        "opinion.answer.required",
                        "opinion.answer.invalid",
                        "opinion.answer.required",
                        "opinion.answer.tooLong"),
                problems.stream().map(RuleViolation::getMessageKey).toList());
        assertEquals(
                List.of("opinion.answer.invalid", "opinion.answer.invalid"),
                s.answerProblems(List.of(choice(0, 1), GivenAnswer.none(), scale(6))).stream()
                        .map(RuleViolation::getMessageKey)
                        .toList(),
                "two choices of a single choice, a six on a 1-5 scale");
        assertEquals(List.of(), s.answerProblems(List.of(choice(2), GivenAnswer.none(), scale(1))));
    }

    @Test
    void theTallyCountsSharesAndTheMean() {
        OpinionSurvey s = draft();
        s.publish(null, NOW.plusDays(14), paola, NOW);
        List<OpinionResponse> responses = new ArrayList<>();
        // Seven people: single choice Sí, Sí, Sí, No, No, A veces, A veces; scale 5, 4, 4, 3, 2, 5, 1 (sum 24);
        // multiple choice answered by four: Parques+Calles, Calles, Calles+Paradas, Parques; two texts.
        int[] single = {0, 0, 0, 1, 1, 2, 2};
        int[] points = {5, 4, 4, 3, 2, 5, 1};
        List<List<Integer>> multiple = List.of(List.of(0, 1), List.of(1), List.of(1, 2), List.of(0));
        for (int i = 0; i < 7; i++) {
            GivenAnswer many = i < multiple.size() ? new GivenAnswer(multiple.get(i), null, null) : GivenAnswer.none();
            GivenAnswer words = i < 2 ? text("Falta luz en la calle " + i) : GivenAnswer.none();
            responses.add(s.answer(List.of(choice(single[i]), many, scale(points[i]), words), (long) i, null, NOW));
        }
        Tally tally = Tally.of(s.getQuestions(), responses);
        assertEquals(7, tally.responses());
        Tally.QuestionResult first = tally.questions().get(0);
        assertEquals(7, first.n());
        assertEquals(
                List.of(3L, 2L, 2L),
                first.options().stream().map(Tally.OptionCount::count).toList());
        assertEquals(
                List.of(new BigDecimal("42.9"), new BigDecimal("28.6"), new BigDecimal("28.6")),
                first.options().stream().map(Tally.OptionCount::percent).toList());
        Tally.QuestionResult second = tally.questions().get(1);
        assertEquals(4, second.n());
        assertEquals(
                List.of(2L, 3L, 1L),
                second.options().stream().map(Tally.OptionCount::count).toList());
        assertEquals(
                List.of(new BigDecimal("50.0"), new BigDecimal("75.0"), new BigDecimal("25.0")),
                second.options().stream().map(Tally.OptionCount::percent).toList());
        Tally.QuestionResult third = tally.questions().get(2);
        assertEquals(
                List.of(1L, 1L, 1L, 2L, 2L),
                third.options().stream().map(Tally.OptionCount::count).toList());
        assertEquals(new BigDecimal("3.43"), third.mean(), "24 / 7");
        assertEquals(new BigDecimal("14.3"), third.options().get(0).percent());
        Tally.QuestionResult fourth = tally.questions().get(3);
        assertEquals(2, fourth.n());
        assertEquals(List.of(), fourth.options());
        assertNull(fourth.mean());
        assertTrue(responses.get(0).getAnswers().stream()
                .filter(a -> a.getText() != null)
                .allMatch(a -> a.getReview() == TextReview.PENDING));
    }

    @Test
    void resultsArePublishedOnceAndNeverForADraft() {
        OpinionSurvey s = draft();
        assertEquals(
                "opinion.results.draft",
                assertThrows(RuleViolation.class, () -> s.publishResults(paola, NOW))
                        .getMessageKey());
        s.publish(null, NOW.plusDays(14), paola, NOW);
        s.close(paola, NOW.plusDays(1));
        assertEquals(SurveyStatus.CLOSED, s.getStatus());
        assertEquals(NOW.plusDays(1), s.getClosesAt(), "closed early: the period ends then");
        s.publishResults(paola, NOW.plusDays(2));
        assertEquals(
                "opinion.results.already",
                assertThrows(RuleViolation.class, () -> s.publishResults(paola, NOW.plusDays(3)))
                        .getMessageKey());
        assertEquals(
                List.of(
                        SurveyEvent.Kind.CREATED,
                        SurveyEvent.Kind.QUESTION_ADDED,
                        SurveyEvent.Kind.QUESTION_ADDED,
                        SurveyEvent.Kind.QUESTION_ADDED,
                        SurveyEvent.Kind.QUESTION_ADDED,
                        SurveyEvent.Kind.PUBLISHED,
                        SurveyEvent.Kind.CLOSED,
                        SurveyEvent.Kind.RESULTS_PUBLISHED),
                s.getEvents().stream().map(SurveyEvent::getKind).toList());
        assertEquals(
                "opinion.status.forbidden",
                assertThrows(RuleViolation.class, () -> s.close(paola, NOW.plusDays(4)))
                        .getMessageKey());
    }
}
