package org.puente.question;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.hoax.Hoax;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.RuleViolation;
import org.puente.platform.Steps;

/**
 * The staff side of the public Q&A: moderators (and a body's communication staff, for their body) publish, reject,
 * edit a question or mark it a personal case; communication staff answer, supersede an answer with a new version
 * or mark it outdated. Each step is the question's own verb, a line of its history and of the audit log; the
 * asker is told by e-mail when his question is answered or sent to the private channel.
 */
@Stateless
@RolesAllowed({"MODERADOR", "COMUNICACION", "ADMIN"})
public class QuestionDesk {

    public static final int PAGE_SIZE = 20;

    /** How many of the body's latest debunks the answer form offers. */
    public static final int DEBUNK_CHOICES = 100;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService mail;

    @Inject
    private Links links;

    @EJB
    private AuditLog audit;

    /** One page of the questions of the bodies the caller sees under a filter, oldest first for the queue. */
    public QuestionList list(DeskFilter filter, int page) {
        DeskFilter f = filter == null ? DeskFilter.PENDIENTES : filter;
        int number = Math.max(1, page);
        String where = " where " + f.condition() + (scope.seesEveryBody() ? "" : " and q.body = :body");
        TypedQuery<Long> count = em.createQuery("select count(q) from Question q" + where, Long.class);
        String order = f == DeskFilter.PENDIENTES ? " order by q.askedAt asc, q.id asc" : " order by q.askedAt desc";
        TypedQuery<Question> select = em.createQuery("select q from Question q" + where + order, Question.class);
        if (!scope.seesEveryBody()) {
            count.setParameter("body", scope.ownBody());
            select.setParameter("body", scope.ownBody());
        }
        List<QuestionRow> rows = select
                .setFirstResult(org.puente.communication.Listing.offset(number, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(QuestionRow::of)
                .toList();
        return new QuestionList(rows, count.getSingleResult(), number, PAGE_SIZE);
    }

    /** A question of a body the caller sees, with who asked, its answer versions and history. */
    public QuestionView detail(long id) {
        return QuestionView.of(load(id), true);
    }

    public QuestionView publish(long id) {
        Question q = load(id);
        Steps.attempt("question", () -> q.publish(caller(), now()));
        return done(q, "published");
    }

    public QuestionView reject(long id) {
        Question q = load(id);
        Steps.attempt("question", () -> q.reject(caller(), now()));
        return done(q, "rejected");
    }

    /** A personal case: never published; its asker is offered the private channel by e-mail. */
    public QuestionView markPersonal(long id) {
        Question q = load(id);
        Steps.attempt("question", () -> q.markPersonal(caller(), now()));
        mail.enqueue(q.askerEmail(), "question.personal", q.getBody().getName(), links.to("/peticion"));
        return done(q, "marked a personal case");
    }

    /** Rewrites the question (plain language, personal data out). */
    public QuestionView edit(long id, String text) {
        Question q = load(id);
        Steps.attempt("question", () -> q.edit(text, caller(), now()));
        return done(q, "edited");
    }

    /** The published debunks of the question's body, which an answer may link to: the latest first. */
    public List<DebunkLink> debunks(long id) {
        return em
                .createQuery(
                        "select h from Hoax h where h.body = :body and h.status ="
                                + " org.puente.communication.PublicationStatus.PUBLICADO"
                                + " order by h.publishedAt desc, h.id desc",
                        Hoax.class)
                .setParameter("body", load(id).getBody())
                .setMaxResults(DEBUNK_CHOICES)
                .getResultList()
                .stream()
                .map(DebunkLink::of)
                .toList();
    }

    /**
     * Answers, or supersedes the current answer with a new version, optionally linked to a published debunk of the
     * body. Every broken rule comes back at once.
     */
    @RolesAllowed({"COMUNICACION", "ADMIN"})
    public QuestionView answer(long id, AnswerForm form) {
        Question q = load(id);
        LocalDate today = LocalDate.now(clock.withZone(q.getBody().getTimeZone()));
        List<String> sources = Answer.lines(form.sources());
        Hoax debunk = form.debunkId() == null ? null : em.find(Hoax.class, form.debunkId());
        List<RuleViolation> broken = new ArrayList<>(Answer.problems(form.text(), sources, form.reviewedOn(), today));
        if (form.debunkId() != null && debunk == null) {
            broken.add(new RuleViolation("debunk", "question.debunk.unpublished"));
        }
        Answer.debunkProblem(debunk, q.getBody()).ifPresent(broken::add);
        List<BusinessException> problems = broken.stream().map(Steps::refusal).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean first = q.current().isEmpty();
        Steps.attempt(
                "question", () -> q.answer(form.text(), sources, debunk, form.reviewedOn(), today, caller(), now()));
        if (first) {
            mail.enqueue(
                    q.askerEmail(),
                    "question.answered",
                    q.getBody().getName(),
                    links.to("/preguntas/pregunta?id=" + q.getId()));
        }
        return done(q, first ? "answered" : "answer superseded");
    }

    @RolesAllowed({"COMUNICACION", "ADMIN"})
    public QuestionView markOutdated(long id) {
        Question q = load(id);
        Steps.attempt("question", () -> q.markOutdated(caller(), now()));
        return done(q, "answer outdated");
    }

    private QuestionView done(Question q, String detail) {
        em.flush();
        audit.record(AuditAction.QUESTION_CHANGED, "Question", String.valueOf(q.getId()), detail);
        return QuestionView.of(q, true);
    }

    private Question load(long id) {
        Question q = em.find(Question.class, id);
        if (q == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(q.getBody());
        return q;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
