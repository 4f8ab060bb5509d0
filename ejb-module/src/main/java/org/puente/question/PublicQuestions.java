package org.puente.question;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.SecretTokens;
import org.puente.platform.Steps;
import org.puente.privacy.Consent;
import org.puente.privacy.PrivacyNotices;

/**
 * The public side of the Q&A: the answered questions (searched, by topic, paged), one public question, the
 * suggestions while a citizen types, asking (rate-limited per address; a nickname confirms its e-mail first), the
 * confirmation link, "tengo la misma duda" (once per person) and a body's feed. Only public questions leave here,
 * never who asked: a pending, rejected or personal question is "not found".
 */
@Stateless
@PermitAll
public class PublicQuestions {

    public static final int PAGE_SIZE = 10;
    public static final int SUGGESTIONS = 5;
    public static final int FEED_ENTRIES = 20;
    public static final int FAQ_ENTRIES = 100;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    @Inject
    private NotificationService mail;

    @Inject
    private Links links;

    @EJB
    private PrivacyNotices notices;

    /** The bodies a citizen may ask. */
    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class).getResultList();
    }

    /** The body of a code, if there is one. */
    public Optional<Body> body(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** One page of the answered questions matching a query (blank: all), most needed first. */
    public QuestionList search(Body body, QuestionTopic topic, String query, int page) {
        return new QuestionSearch(em).page(body, topic, query, page, PAGE_SIZE);
    }

    /** A topic's answered questions for its FAQ page, most needed first. */
    public List<QuestionRow> faq(Body body, QuestionTopic topic) {
        return new QuestionSearch(em).page(body, topic, null, 1, FAQ_ENTRIES).rows();
    }

    /** The answered questions that match what a citizen is typing, before he asks. */
    public List<QuestionRow> suggestions(Long bodyId, String typed) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        return new QuestionSearch(em).suggestions(body, typed, SUGGESTIONS);
    }

    /** One question, if it is public (published or answered); never its asker. */
    public Optional<QuestionView> question(Long id) {
        Question q = id == null ? null : em.find(Question.class, id);
        return Optional.ofNullable(q).filter(x -> x.getStatus().isPublic()).map(x -> QuestionView.of(x, false));
    }

    /**
     * Asks a question. Every broken rule of the form comes back at once; then one of the address's {@link
     * Limit#QUESTION_SOURCE} budget is taken. An account holder's question goes to moderation; a nickname's waits
     * for the link mailed to its address; a question with personal data is a personal case at once.
     */
    public AskResult ask(AskForm form, String source) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        Optional<UserAccount> account = scope.caller();
        List<BusinessException> problems = new ArrayList<>();
        if (body == null) {
            problems.add(new BusinessException("body", "question.body.required"));
        }
        Question.problems(form.topic(), form.text()).stream()
                .map(Steps::refusal)
                .forEach(problems::add);
        if (account.isEmpty()) {
            String nickname = form.nickname() == null ? "" : form.nickname().strip();
            if (nickname.length() < 2) {
                problems.add(new BusinessException("nickname", "question.nickname.required"));
            } else if (nickname.length() > Question.MAX_NICKNAME) {
                problems.add(new BusinessException("nickname", "question.nickname.tooLong", Question.MAX_NICKNAME));
            }
            if (!EmailAddress.isValid(form.email() == null ? null : form.email().strip())) {
                problems.add(new BusinessException("email", "question.email.invalid"));
            }
        }
        if (!form.privacyConsent()) {
            problems.add(new BusinessException("privacyConsent", "question.ask.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        limits.require(Limit.QUESTION_SOURCE, source, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String token = SecretTokens.newToken();
        Question question = Steps.attempt(
                "question",
                () -> account.isPresent()
                        ? Question.byAccount(body, form.topic(), form.text(), account.get(), now)
                        : Question.byNickname(
                                body,
                                form.topic(),
                                form.text(),
                                form.nickname(),
                                form.email().strip(),
                                SecretTokens.hash(token),
                                now));
        em.persist(question);
        em.persist(Consent.ofQuestion(notices.inForceOrFirst(body), question, now));
        em.flush();
        if (question.getStatus() == QuestionStatus.CASO_PERSONAL) {
            return new AskResult(question.getId(), AskResult.Outcome.PERSONAL_CASE, question.personalData());
        }
        if (question.getStatus() == QuestionStatus.POR_CONFIRMAR) {
            mail.enqueue(
                    form.email().strip(),
                    "question.confirm",
                    question.getNickname(),
                    body.getName(),
                    links.to("/preguntas/confirmar?token=" + token));
            return new AskResult(question.getId(), AskResult.Outcome.CONFIRM_EMAIL, java.util.Set.of());
        }
        return new AskResult(question.getId(), AskResult.Outcome.IN_MODERATION, java.util.Set.of());
    }

    /** The nickname's e-mail is confirmed by its link: the question goes to moderation. False for a bad link. */
    public boolean confirm(String token) {
        if (!SecretTokens.looksLikeOne(token)) {
            return false;
        }
        Optional<Question> found = em.createNamedQuery("Question.byConfirmation", Question.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
        found.ifPresent(q -> Steps.attempt("question", () -> q.confirm(OffsetDateTime.now(clock))));
        return found.isPresent();
    }

    /**
     * "Tengo la misma duda": counted once per person, the signed-in account or else the browser whose random token
     * is given (a new browser without one counts nothing). Returns the count and whether this call counted.
     */
    public DoubtResult sameDoubt(long id, String browserToken, String source) {
        Question question = em.find(Question.class, id);
        if (question == null || !question.getStatus().isPublic()) {
            throw new BusinessException("error.notFound");
        }
        Optional<UserAccount> account = scope.caller();
        String person;
        if (account.isPresent()) {
            person = SameDoubt.ofAccount(account.get().getId());
        } else if (SecretTokens.looksLikeOne(browserToken)) {
            person = SameDoubt.ofBrowser(SecretTokens.hash(browserToken));
        } else {
            throw new BusinessException("question.doubt.noBrowser");
        }
        long already = em.createNamedQuery("SameDoubt.count", Long.class)
                .setParameter("question", question)
                .setParameter("person", person)
                .getSingleResult();
        if (already > 0) {
            return new DoubtResult(question.getSameDoubt(), false);
        }
        limits.require(Limit.QUESTION_DOUBT_SOURCE, source, null);
        em.persist(new SameDoubt(question, person, OffsetDateTime.now(clock)));
        question.addSameDoubt();
        em.flush();
        return new DoubtResult(question.getSameDoubt(), true);
    }

    /** The count after a "tengo la misma duda", and whether this one counted. */
    public record DoubtResult(int count, boolean counted) {}

    /** A body's (every body's for null) newly answered questions, the latest first. */
    public List<QuestionView> feed(Body body) {
        String jpql = "select q from Question q where q.status = org.puente.question.QuestionStatus.RESPONDIDA"
                + (body == null ? "" : " and q.body = :body")
                + " order by q.answeredAt desc, q.id desc";
        var query = em.createQuery(jpql, Question.class).setMaxResults(FEED_ENTRIES);
        if (body != null) {
            query.setParameter("body", body);
        }
        return query.getResultList().stream()
                .map(q -> QuestionView.of(q, false))
                .toList();
    }

    /** The bodies with answered questions, each with a feed, by name. */
    public List<Body> feedBodies() {
        return em.createNamedQuery("Question.answeredBodies", Body.class).getResultList().stream()
                .sorted(Comparator.comparing(Body::getName))
                .toList();
    }
}
