package org.puente.question;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.chat.ChatMessage;
import org.puente.chat.MessageKind;
import org.puente.engagement.EngagementEvent;
import org.puente.forum.ForumPost;
import org.puente.forum.ForumThread;
import org.puente.forum.PostStatus;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * One answer serves many, across channels: a moderator brings a chat's answered question, or a forum thread with
 * its official answer, into the public Q&A in two clicks (choose it, then publish it after an edit step that starts
 * with its personal data masked). The Q&A question keeps the address of the chat's transcript or of the forum
 * thread, and each is brought once; its answer is the expert's, reviewed today.
 */
@Stateless
@RolesAllowed({"MODERADOR", "ADMIN"})
public class QuestionPromotion {

    /** What replaces personal data in the edit step's starting text. */
    public static final String MASK = "[dato personal]";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The chats with answered questions, newest first. */
    public List<EngagementEvent> chats() {
        return em
                .createQuery(
                        "select distinct m.event from ChatMessage m where m.kind = org.puente.chat.MessageKind.QUESTION"
                                + " and m.answered = true",
                        EngagementEvent.class)
                .getResultList()
                .stream()
                .filter(e -> scope.canSee(e.getBody()))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt()))
                .toList();
    }

    /** A chat's answered questions with their answers, in the chat's order. */
    public List<ChatCandidate> candidates(long eventId) {
        EngagementEvent event = event(eventId);
        return em
                .createQuery(
                        "select m from ChatMessage m where m.event = :event and m.kind ="
                                + " org.puente.chat.MessageKind.QUESTION and m.answered = true order by m.seq",
                        ChatMessage.class)
                .setParameter("event", event)
                .getResultList()
                .stream()
                .map(m -> {
                    String answer = answerOf(m).getPublicText();
                    String question = m.getPublicText();
                    boolean personal = !PersonalData.find(question).isEmpty()
                            || !PersonalData.find(answer).isEmpty();
                    return new ChatCandidate(
                            m.getId(),
                            m.getSeq(),
                            PersonalData.masked(question, MASK),
                            PersonalData.masked(answer, MASK),
                            personal,
                            promoted(source(event, m)));
                })
                .toList();
    }

    /**
     * Publishes a chat's answered question in the Q&A with the texts as the moderator edited them (no personal
     * data may remain), the answer by the chat's expert, reviewed today; returns the new question's id.
     */
    public long promote(long messageId, QuestionTopic topic, String question, String answer) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null || message.getKind() != MessageKind.QUESTION || !message.isAnswered()) {
            throw new BusinessException("error.notFound");
        }
        EngagementEvent event = event(message.getEvent().getId());
        String source = source(event, message);
        if (promoted(source) != null) {
            throw new BusinessException("question.promote.already.refused");
        }
        UserAccount expert = answerOf(message).getAuthor();
        return publish(event, source, expert, topic, question, answer, "promoted from chat message " + messageId);
    }

    /** The forums with threads that have an official answer, newest first. */
    public List<EngagementEvent> forums() {
        return em
                .createQuery(
                        "select distinct p.thread.event from ForumPost p where p.official = true and p.opening = false"
                                + " and p.status = org.puente.forum.PostStatus.PUBLISHED and p.thread.visible = true",
                        EngagementEvent.class)
                .getResultList()
                .stream()
                .filter(e -> scope.canSee(e.getBody()))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt()))
                .toList();
    }

    /** A forum's public threads with an official answer, each with its opening post and latest official answer. */
    public List<ForumCandidate> forumCandidates(long eventId) {
        EngagementEvent event = event(eventId);
        return em
                .createQuery(
                        "select distinct p.thread from ForumPost p where p.thread.event = :event and p.official = true"
                                + " and p.opening = false and p.status = org.puente.forum.PostStatus.PUBLISHED"
                                + " and p.thread.visible = true",
                        ForumThread.class)
                .setParameter("event", event)
                .getResultList()
                .stream()
                .sorted((a, b) -> b.getLastPostAt().compareTo(a.getLastPostAt()))
                .map(t -> {
                    String question = openingOf(t).getBody();
                    String answer = officialAnswerOf(t).getBody();
                    boolean personal = !PersonalData.find(question).isEmpty()
                            || !PersonalData.find(answer).isEmpty()
                            || !PersonalData.find(t.getTitle()).isEmpty();
                    return new ForumCandidate(
                            t.getId(),
                            PersonalData.masked(t.getTitle(), MASK),
                            PersonalData.masked(question, MASK),
                            PersonalData.masked(answer, MASK),
                            personal,
                            promoted(source(t)));
                })
                .toList();
    }

    /**
     * Publishes a forum thread's question with its official answer in the Q&A, as the moderator edited them (no
     * personal data may remain), the answer by the expert who wrote it, reviewed today; returns the question's id.
     */
    public long promoteThread(long threadId, QuestionTopic topic, String question, String answer) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !thread.isVisible()) {
            throw new BusinessException("error.notFound");
        }
        EngagementEvent event = event(thread.getEvent().getId());
        String source = source(thread);
        if (promoted(source) != null) {
            throw new BusinessException("question.promote.thread.already.refused");
        }
        UserAccount expert = officialAnswerOf(thread).getAuthor();
        return publish(event, source, expert, topic, question, answer, "promoted from forum thread " + threadId);
    }

    /** The shared second click: checks the edited texts, publishes them answered by the expert, audits it. */
    private long publish(
            EngagementEvent event,
            String source,
            UserAccount expert,
            QuestionTopic topic,
            String question,
            String answer,
            String auditDetail) {
        LocalDate today = LocalDate.now(clock.withZone(event.getBody().getTimeZone()));
        List<BusinessException> problems = new java.util.ArrayList<>();
        Question.problems(topic, question).stream().map(Steps::refusal).forEach(problems::add);
        Answer.problems(answer, List.of(), today, today).stream()
                .map(Steps::refusal)
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Question promoted = Steps.attempt("question", () -> {
            Question q = Question.promoted(event.getBody(), topic, question, source, caller(), now);
            if (!PersonalData.find(answer).isEmpty()) {
                throw new org.puente.platform.RuleViolation("answer", "question.personal.stillThere");
            }
            q.answer(answer, List.of(), today, today, expert, now);
            return q;
        });
        em.persist(promoted);
        em.flush();
        audit.record(AuditAction.QUESTION_CHANGED, "Question", String.valueOf(promoted.getId()), auditDetail);
        return promoted.getId();
    }

    private EngagementEvent event(long eventId) {
        EngagementEvent event = em.find(EngagementEvent.class, eventId);
        if (event == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(event.getBody());
        return event;
    }

    /** The chat's latest answer to a question. */
    private ChatMessage answerOf(ChatMessage question) {
        return em
                .createQuery(
                        "select m from ChatMessage m where m.question = :question and m.kind ="
                                + " org.puente.chat.MessageKind.ANSWER order by m.seq",
                        ChatMessage.class)
                .setParameter("question", question)
                .getResultList()
                .stream()
                .reduce((first, second) -> second)
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The transcript's address of one chat message: what the Q&A question keeps. */
    static String source(EngagementEvent event, ChatMessage message) {
        return "/transcripcion?evento=" + event.getId() + "#mensaje-" + message.getSeq();
    }

    /** A forum thread's address: what the Q&A question keeps. */
    static String source(ForumThread thread) {
        return "/tema?id=" + thread.getId();
    }

    private ForumPost openingOf(ForumThread thread) {
        return em.createQuery(
                        "select p from ForumPost p where p.thread = :thread and p.opening = true", ForumPost.class)
                .setParameter("thread", thread)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The thread's latest public official answer. */
    private ForumPost officialAnswerOf(ForumThread thread) {
        return em.createQuery(
                        "select p from ForumPost p where p.thread = :thread and p.official = true and p.opening = false"
                                + " and p.status = :published order by p.createdAt desc, p.id desc",
                        ForumPost.class)
                .setParameter("thread", thread)
                .setParameter("published", PostStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private Long promoted(String source) {
        return em.createQuery("select q.id from Question q where q.promotedFrom = :source", Long.class)
                .setParameter("source", source)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }
}
