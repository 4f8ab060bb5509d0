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
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * One answer serves many, across channels: a moderator brings a chat's answered question into the public Q&A in
 * two clicks (choose it, then publish it after an edit step that starts with its personal data masked). The Q&A
 * question keeps the address of the chat's transcript; its answer is the expert's, reviewed today.
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
        ChatMessage chatAnswer = answerOf(message);
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
            q.answer(answer, List.of(), today, today, chatAnswer.getAuthor(), now);
            return q;
        });
        em.persist(promoted);
        em.flush();
        audit.record(
                AuditAction.QUESTION_CHANGED,
                "Question",
                String.valueOf(promoted.getId()),
                "promoted from chat message " + messageId);
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
