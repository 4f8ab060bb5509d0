package org.puente.opinion;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.RuleViolation;
import org.puente.platform.SecretTokens;
import org.puente.platform.Steps;

/**
 * The public side of opinion surveys: the list of open surveys and of surveys with published results, one survey's
 * form, its published results (the tally and the free texts staff approved, never another), and a citizen's
 * answers: once per account when signed in, once per browser token otherwise (only the token's hash is kept). A
 * second answer is not counted, and the first stands. Nothing here names who answered.
 */
@Stateless
@PermitAll
public class PublicSurveys {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    /** Open surveys first (closing soonest first), then those with published results (newest first). */
    public List<SurveyRow> list() {
        OffsetDateTime now = now();
        List<SurveyRow> rows = em.createNamedQuery("OpinionSurvey.public", OpinionSurvey.class).getResultList().stream()
                .map(s -> SurveyRow.of(s, now))
                .filter(r -> r.phase() == SurveyPhase.OPEN || r.resultsPublished())
                .toList();
        List<SurveyRow> open = rows.stream()
                .filter(r -> r.phase() == SurveyPhase.OPEN)
                .sorted(java.util.Comparator.comparing(SurveyRow::closesAt))
                .toList();
        List<SurveyRow> done =
                rows.stream().filter(r -> r.phase() != SurveyPhase.OPEN).toList();
        return java.util.stream.Stream.concat(open.stream(), done.stream()).toList();
    }

    /**
     * A published survey as the public reads it (empty for a draft or none): its questions, and its results with
     * the approved free texts once published.
     */
    public Optional<SurveyView> survey(Long id) {
        OpinionSurvey survey = id == null ? null : em.find(OpinionSurvey.class, id);
        if (survey == null || survey.getStatus() == SurveyStatus.DRAFT) {
            return Optional.empty();
        }
        Tally tally = null;
        List<OpinionAnswer> texts = List.of();
        if (survey.resultsPublished()) {
            tally = Tally.of(
                    survey.getQuestions(),
                    em.createNamedQuery("OpinionResponse.bySurvey", OpinionResponse.class)
                            .setParameter("survey", survey)
                            .getResultList());
            texts = em.createNamedQuery("OpinionAnswer.approvedTexts", OpinionAnswer.class)
                    .setParameter("survey", survey)
                    .getResultList();
        }
        return Optional.of(SurveyView.of(survey, now(), false, tally, texts));
    }

    /** Whether this person (signed in, or this browser's token) has answered the survey already. */
    public boolean answered(long id, String browserToken) {
        OpinionSurvey survey = em.find(OpinionSurvey.class, id);
        if (survey == null || (scope.caller().isEmpty() && !SecretTokens.looksLikeOne(browserToken))) {
            return false;
        }
        return previous(survey, respondent(browserToken)) > 0;
    }

    /**
     * Records the answers ({@code given}: one per question, in order) of the signed-in account, or else of the
     * browser whose token this is. Refused while the survey is not open (nothing changes), with every unanswered
     * required question or wrong answer on its own field ({@code q<position>}).
     */
    public AnswerOutcome answer(long id, List<GivenAnswer> given, String browserToken) {
        OpinionSurvey survey = em.find(OpinionSurvey.class, id);
        if (survey == null || survey.getStatus() == SurveyStatus.DRAFT) {
            throw new BusinessException("error.notFound");
        }
        OffsetDateTime now = now();
        SurveyPhase phase = survey.phase(now);
        if (phase != SurveyPhase.OPEN) {
            throw new BusinessException(
                    phase == SurveyPhase.CLOSED ? "opinion.answer.closed" : "opinion.answer.notOpen");
        }
        Respondent who = respondent(browserToken);
        if (previous(survey, who) > 0) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        List<RuleViolation> problems = survey.answerProblems(given);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems.stream().map(Steps::refusal).toList());
        }
        OpinionResponse response =
                Steps.attempt("opinion", () -> survey.answer(given, who.accountId(), who.tokenHash(), now));
        em.persist(response);
        em.flush();
        return AnswerOutcome.RECORDED;
    }

    private long previous(OpinionSurvey survey, Respondent who) {
        return em.createNamedQuery("OpinionResponse.countBy", Long.class)
                .setParameter("survey", survey)
                .setParameter("account", who.accountId() == null ? -1L : who.accountId())
                .setParameter("token", who.tokenHash() == null ? "-" : who.tokenHash())
                .getSingleResult();
    }

    /** The signed-in account, or the browser's token (which must look like one of ours). */
    private Respondent respondent(String browserToken) {
        Optional<UserAccount> account = scope.caller();
        if (account.isPresent()) {
            return new Respondent(account.get().getId(), null);
        }
        if (!SecretTokens.looksLikeOne(browserToken)) {
            throw new BusinessException("opinion.answer.noToken");
        }
        return new Respondent(null, SecretTokens.hash(browserToken));
    }

    private record Respondent(Long accountId, String tokenHash) {}

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
