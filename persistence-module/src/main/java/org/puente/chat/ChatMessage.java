package org.puente.chat;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.engagement.EngagementEvent;
import org.puente.identity.UserAccount;
import org.puente.moderation.Moderation;
import org.puente.platform.RuleViolation;

/**
 * A message of a live chat. A question is pending until the moderator approves it (maybe with his
 * edits, e.g. personal data taken out) or rejects it with a reason; the expert's answers and the
 * moderator's notices are public at once. A public message carries its chat's next sequence number.
 */
@Entity
@Table(name = "chat_message")
@NamedQuery(
        name = "ChatMessage.publicSince",
        query = "select m from ChatMessage m where m.event = :event" + " and m.seq > :since order by m.seq")
@NamedQuery(
        name = "ChatMessage.withStatus",
        query =
                "select m from ChatMessage m where m.event = :event"
                        + " and m.kind = org.puente.chat.MessageKind.QUESTION and m.status = :status order by m.createdAt, m.id")
@NamedQuery(
        name = "ChatMessage.unanswered",
        query = "select m from ChatMessage m where m.event = :event"
                + " and m.kind = org.puente.chat.MessageKind.QUESTION and m.status = org.puente.chat.MessageStatus.APPROVED"
                + " and m.answered = false order by m.seq")
@NamedQuery(
        name = "ChatMessage.ofParticipant",
        query = "select m from ChatMessage m where m.participant = :participant" + " order by m.createdAt, m.id")
@NamedQuery(
        name = "ChatMessage.count",
        query = "select count(m) from ChatMessage m where m.event = :event" + " and m.kind = :kind")
@NamedQuery(
        name = "ChatMessage.countWithStatus",
        query = "select count(m) from ChatMessage m where m.event = :event"
                + " and m.kind = org.puente.chat.MessageKind.QUESTION and m.status = :status")
@NamedQuery(
        name = "ChatMessage.countAnswered",
        query = "select count(m) from ChatMessage m where m.event = :event"
                + " and m.kind = org.puente.chat.MessageKind.QUESTION and m.answered = true")
public class ChatMessage {

    public static final int MAX_QUESTION = 500;
    public static final int MAX_ANSWER = 2000;
    public static final int MAX_REASON = Moderation.MAX_REASON;

    @Id
    @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_message_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private EngagementEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageKind kind;

    @ManyToOne
    @JoinColumn(name = "participant_id")
    private ChatParticipant participant;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @ManyToOne
    @JoinColumn(name = "question_id")
    private ChatMessage question;

    @Column(name = "original_text", nullable = false, length = 1000)
    private String originalText;

    @Column(name = "public_text", length = 2000)
    private String publicText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageStatus status;

    @Column
    private Long seq;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The moderator's decision on a question (its reason is the rejection's, which only the author reads). */
    @Embedded
    @AttributeOverride(name = "reason", column = @Column(name = "reject_reason", length = MAX_REASON))
    private Moderation moderation;

    @Column(nullable = false)
    private boolean answered;

    @Version
    private int version;

    protected ChatMessage() {}

    private ChatMessage(EngagementEvent event, MessageKind kind, String text, OffsetDateTime now) {
        this.event = Objects.requireNonNull(event, "event");
        this.kind = kind;
        this.originalText = text;
        this.createdAt = now;
    }

    /** A citizen's question, pending moderation (1 to {@link #MAX_QUESTION} characters). */
    public static ChatMessage question(ChatParticipant participant, String text, OffsetDateTime now) {
        ChatMessage m = new ChatMessage(
                participant.getEvent(),
                MessageKind.QUESTION,
                requireText(text, MAX_QUESTION, "question", "chat.question.required", "chat.question.tooLong"),
                now);
        m.participant = participant;
        m.status = MessageStatus.PENDING;
        return m;
    }

    /** The expert's answer to an approved question; public with the given sequence number. */
    public static ChatMessage answer(
            ChatMessage question, UserAccount expert, String text, long seq, OffsetDateTime now) {
        String clean = requireText(text, MAX_ANSWER, "answer", "chat.answer.required", "chat.answer.tooLong");
        if (question.kind != MessageKind.QUESTION || question.status != MessageStatus.APPROVED) {
            throw new RuleViolation("chat.answer.notApproved");
        }
        ChatMessage m = new ChatMessage(question.event, MessageKind.ANSWER, clean, now);
        m.author = Objects.requireNonNull(expert, "expert");
        m.question = question;
        m.publish(seq);
        question.answered = true;
        return m;
    }

    /** A moderator's notice to the whole room. */
    public static ChatMessage notice(
            EngagementEvent event, UserAccount moderator, String text, long seq, OffsetDateTime now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_QUESTION) {
            throw new RuleViolation("notice", "chat.notice.invalid", MAX_QUESTION);
        }
        ChatMessage m = new ChatMessage(event, MessageKind.NOTICE, clean, now);
        m.author = Objects.requireNonNull(moderator, "moderator");
        m.publish(seq);
        return m;
    }

    /** The moderator approves the question, with his edited text when he changed it. */
    public void approve(UserAccount by, String editedText, long seq, OffsetDateTime now) {
        String edit = editedText == null || editedText.isBlank()
                ? null
                : requireText(editedText, MAX_QUESTION, "question", "chat.question.required", "chat.question.tooLong");
        requirePending();
        Moderation decision = Moderation.by(by, now);
        publish(seq);
        if (edit != null) {
            this.publicText = edit;
        }
        this.moderation = decision;
    }

    /** The moderator rejects the question with a reason that only its author reads. */
    public void reject(UserAccount by, String reason, OffsetDateTime now) {
        Moderation decision = Moderation.withReason(by, reason, now, "chat.reject.reason", "chat.reject.reasonTooLong");
        requirePending();
        this.moderation = decision;
        this.status = MessageStatus.REJECTED;
    }

    private void publish(long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("A sequence number starts at 1");
        }
        this.seq = seq;
        this.status = MessageStatus.APPROVED;
        if (publicText == null) {
            publicText = originalText;
        }
    }

    /** A question moderated already (say by another moderator a moment ago) is refused with its own key. */
    private void requirePending() {
        if (kind != MessageKind.QUESTION || status != MessageStatus.PENDING) {
            throw new RuleViolation("chat.question.notPending");
        }
    }

    private static String requireText(String text, int max, String field, String requiredKey, String tooLongKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RuleViolation(field, requiredKey);
        }
        if (t.length() > max) {
            throw new RuleViolation(field, tooLongKey, max);
        }
        return t;
    }

    public Long getId() {
        return id;
    }

    public EngagementEvent getEvent() {
        return event;
    }

    public MessageKind getKind() {
        return kind;
    }

    public ChatParticipant getParticipant() {
        return participant;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public ChatMessage getQuestion() {
        return question;
    }

    public String getOriginalText() {
        return originalText;
    }

    /** What the room sees (the moderator's edit of a question, or the text as written). */
    public String getPublicText() {
        return publicText;
    }

    public MessageStatus getStatus() {
        return status;
    }

    /** The reason of a rejection (its author alone reads it); null otherwise. */
    public String getRejectReason() {
        return status == MessageStatus.REJECTED && moderation != null ? moderation.getReason() : null;
    }

    public Long getSeq() {
        return seq;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getModeratedAt() {
        return moderation == null ? null : moderation.getModeratedAt();
    }

    public UserAccount getModerator() {
        return moderation == null ? null : moderation.getModerator();
    }

    public boolean isAnswered() {
        return answered;
    }
}
