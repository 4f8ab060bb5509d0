package org.puente.opinion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.catalog.Colonia;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The staff side of opinion surveys: a body's communication staff (and the administrator, for any body) build a
 * survey, publish it for a period, close it, review its free texts, publish its results and export its answers.
 * Each step is the survey's own verb, a line of its history and a line of the audit log.
 */
@Stateless
@RolesAllowed({"COMUNICACION", "ADMIN"})
public class OpinionSurveys {

    public static final int PAGE_SIZE = 20;

    /** A colonia the survey may be for. */
    public record ColoniaChoice(long id, String name) implements java.io.Serializable {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The bodies the caller builds surveys for: his own, or every body for the administrator. */
    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** The colonias of a body the caller sees, by name. */
    public List<ColoniaChoice> colonias(Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null || !scope.canSee(body)) {
            return List.of();
        }
        return em.createNamedQuery("Colonia.byBody", Colonia.class).setParameter("body", body).getResultList().stream()
                .map(c -> new ColoniaChoice(c.getId(), c.getName()))
                .toList();
    }

    /** One page (from 1) of the surveys of the bodies the caller sees, newest first. */
    public SurveyList list(int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<OpinionSurvey> counted = count.from(OpinionSurvey.class);
        count.select(cb.count(counted)).where(scope.restrict(cb, counted.get("body")));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<OpinionSurvey> query = cb.createQuery(OpinionSurvey.class);
        Root<OpinionSurvey> s = query.from(OpinionSurvey.class);
        query.select(s)
                .where(scope.restrict(cb, s.get("body")))
                .orderBy(cb.desc(s.get("createdAt")), cb.desc(s.get("id")));
        OffsetDateTime now = now();
        List<SurveyRow> rows = em
                .createQuery(query)
                .setFirstResult((number - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(x -> SurveyRow.of(x, now))
                .toList();
        return new SurveyList(rows, total, number, PAGE_SIZE);
    }

    /** A survey of a body the caller sees, with its history, results and every free text. */
    public SurveyView detail(long id) {
        OpinionSurvey survey = load(id);
        return SurveyView.of(
                survey,
                now(),
                true,
                Tally.of(survey.getQuestions(), responses(survey)),
                em.createNamedQuery("OpinionAnswer.texts", OpinionAnswer.class)
                        .setParameter("survey", survey)
                        .getResultList());
    }

    /** A new draft; every broken rule comes back at once. */
    public long create(SurveyForm form) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            throw new InvalidInputException(List.of(new BusinessException("body", "opinion.body.required")));
        }
        scope.check(body);
        Colonia colonia = colonia(form.coloniaId(), body);
        List<BusinessException> problems = OpinionSurvey.contentProblems(form.title(), form.intro()).stream()
                .map(Steps::refusal)
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OpinionSurvey survey = Steps.attempt(
                "opinion", () -> new OpinionSurvey(body, form.title(), form.intro(), colonia, caller(), now()));
        em.persist(survey);
        em.flush();
        done(survey, "created");
        return survey.getId();
    }

    public void edit(long id, SurveyForm form) {
        OpinionSurvey survey = load(id);
        List<BusinessException> problems = OpinionSurvey.contentProblems(form.title(), form.intro()).stream()
                .map(Steps::refusal)
                .toList();
        if (survey.getStatus() == SurveyStatus.DRAFT && !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Colonia colonia = colonia(form.coloniaId(), survey.getBody());
        step(survey, "edited", s -> s.edit(form.title(), form.intro(), colonia, caller(), now()));
    }

    public void addQuestion(long id, QuestionDraft draft) {
        OpinionSurvey survey = load(id);
        if (survey.getStatus() == SurveyStatus.DRAFT
                && draft != null
                && !draft.problems().isEmpty()) {
            throw new InvalidInputException(
                    draft.problems().stream().map(Steps::refusal).toList());
        }
        step(survey, "question added", s -> s.addQuestion(draft, caller(), now()));
    }

    public void moveQuestion(long id, int position, int step) {
        step(load(id), "question moved", s -> s.moveQuestion(position, step, caller(), now()));
    }

    public void removeQuestion(long id, int position) {
        step(load(id), "question removed", s -> s.removeQuestion(position, caller(), now()));
    }

    /** Publishes the draft for a period given in the body's wall-clock time ({@code opens} null: now). */
    public void publish(long id, LocalDateTime opens, LocalDateTime closes) {
        OpinionSurvey survey = load(id);
        var zone = survey.getBody().getTimeZone();
        OffsetDateTime from = opens == null ? null : opens.atZone(zone).toOffsetDateTime();
        OffsetDateTime to = closes == null ? null : closes.atZone(zone).toOffsetDateTime();
        step(survey, "published until " + to, s -> s.publish(from, to, caller(), now()));
    }

    public void close(long id) {
        step(load(id), "closed", s -> s.close(caller(), now()));
    }

    public void publishResults(long id) {
        step(load(id), "results published", s -> s.publishResults(caller(), now()));
    }

    /** Approves or hides one free-text answer of the survey. */
    public void review(long id, long answerId, TextReview decision) {
        OpinionSurvey survey = load(id);
        OpinionAnswer answer = em.find(OpinionAnswer.class, answerId);
        if (answer == null || answer.getResponse().getSurvey() != survey) {
            throw new BusinessException("error.notFound");
        }
        Steps.attempt("opinion", () -> answer.review(decision, caller(), now()));
        step(survey, "text " + answerId + " " + decision, s -> s.noteReview(caller(), now()));
    }

    /** The answers for the staff CSV, without any personal data; audited. */
    public AnswerExport export(long id) {
        OpinionSurvey survey = load(id);
        List<OpinionQuestion> questions = survey.getQuestions();
        List<AnswerExport.Row> rows = new ArrayList<>();
        int number = 0;
        for (OpinionResponse r : responses(survey)) {
            Map<OpinionQuestion, OpinionAnswer> given = r.getAnswers().stream()
                    .collect(Collectors.toMap(
                            OpinionAnswer::getQuestion, a -> a, (a, b) -> a, java.util.IdentityHashMap::new));
            List<String> cells = new ArrayList<>();
            for (OpinionQuestion q : questions) {
                cells.add(cell(q, given.get(q)));
            }
            rows.add(new AnswerExport.Row(++number, r.getSubmittedAt(), cells));
        }
        audit.record(
                AuditAction.OPINION_ANSWERS_EXPORTED, "OpinionSurvey", String.valueOf(id), rows.size() + " answers");
        return new AnswerExport(
                survey.getTitle(),
                survey.getBody().getTimeZone(),
                questions.stream().map(OpinionQuestion::getText).toList(),
                rows);
    }

    static String cell(OpinionQuestion q, OpinionAnswer a) {
        if (a == null) {
            return null;
        }
        return switch (q.getKind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> a.chosen().stream()
                    .map(i -> q.getOptions().get(i))
                    .collect(Collectors.joining("; "));
            case SCALE_1_5 -> String.valueOf(a.getScale());
            case SHORT_TEXT -> a.getText();
        };
    }

    private List<OpinionResponse> responses(OpinionSurvey survey) {
        return em.createNamedQuery("OpinionResponse.bySurvey", OpinionResponse.class)
                .setParameter("survey", survey)
                .getResultList();
    }

    private void step(OpinionSurvey survey, String detail, Consumer<OpinionSurvey> verb) {
        Steps.attempt("opinion", () -> verb.accept(survey));
        em.flush();
        audit.record(AuditAction.OPINION_SURVEY_CHANGED, "OpinionSurvey", String.valueOf(survey.getId()), detail);
    }

    private void done(OpinionSurvey survey, String detail) {
        audit.record(AuditAction.OPINION_SURVEY_CHANGED, "OpinionSurvey", String.valueOf(survey.getId()), detail);
    }

    private Colonia colonia(Long id, Body body) {
        if (id == null) {
            return null;
        }
        Colonia colonia = em.find(Colonia.class, id);
        if (colonia == null || !colonia.getDelegacion().getBody().equals(body)) {
            throw new InvalidInputException(List.of(new BusinessException("colonia", "opinion.colonia.invalid")));
        }
        return colonia;
    }

    private OpinionSurvey load(long id) {
        OpinionSurvey survey = em.find(OpinionSurvey.class, id);
        if (survey == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(survey.getBody());
        return survey;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
