package org.puente.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.engagement.EngagementEvent;
import org.puente.identity.UserAccount;
import org.puente.platform.RuleViolation;

/**
 * A citizen in a chat room under a nickname (an account is optional). He holds a secret token
 * (only its SHA-256 is stored) with which he asks; the moderator may mute him. The client he joined from
 * (a hash of its address) ties his other nicknames in the same chat to him: a mute and the interval
 * between questions hold for all of them ({@code ChatParticipation}).
 */
@Entity
@Table(name = "chat_participant")
@NamedQuery(name = "ChatParticipant.byToken", query = "select p from ChatParticipant p where p.tokenHash = :hash")
@NamedQuery(
        name = "ChatParticipant.countOfEvent",
        query = "select count(p) from ChatParticipant p where p.event = :event")
public class ChatParticipant {

    public static final int MAX_NICKNAME = 40;

    @Id
    @SequenceGenerator(name = "chat_participant_seq", sequenceName = "chat_participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_participant_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private EngagementEvent event;

    @Column(nullable = false, length = MAX_NICKNAME)
    private String nickname;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private boolean muted;

    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;

    /** The SHA-256 (hex) of the client's address when he joined; null when unknown. */
    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "last_question_at")
    private OffsetDateTime lastQuestionAt;

    protected ChatParticipant() {}

    public ChatParticipant(
            EngagementEvent event,
            String nickname,
            UserAccount account,
            String tokenHash,
            String clientKey,
            OffsetDateTime now) {
        this.event = Objects.requireNonNull(event, "event");
        if (clientKey != null && !clientKey.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A participant's client is stored as the SHA-256 of its address");
        }
        this.clientKey = clientKey;
        this.nickname = normaliseNickname(nickname);
        this.account = account;
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A participant's token is stored as its SHA-256");
        }
        this.tokenHash = tokenHash;
        this.joinedAt = now;
    }

    /** A nickname: 2 to 40 letters, digits, spaces and . _ -; no markup, no line breaks. */
    public static String normaliseNickname(String nickname) {
        String n = nickname == null ? "" : nickname.strip().replaceAll("\\s+", " ");
        if (n.length() < 2 || n.length() > MAX_NICKNAME || !n.matches("[\\p{L}\\p{N} ._-]+")) {
            throw new RuleViolation("nickname", "chat.nickname.invalid", MAX_NICKNAME);
        }
        return n;
    }

    /** Records a question, refusing one from a muted participant or one sooner than {@code interval} after the last. */
    public void asked(OffsetDateTime now, Duration interval) {
        if (muted) {
            throw new RuleViolation("question", "chat.participant.muted");
        }
        if (lastQuestionAt != null && now.isBefore(lastQuestionAt.plus(interval))) {
            throw new RuleViolation("question", "chat.question.tooSoon", interval.toSeconds());
        }
        lastQuestionAt = now;
    }

    /**
     * ARCO cancellation: the participation is no longer his (no account) and his nickname, which may be his
     * name, becomes {@code placeholder}; his questions stay as the chat's record, published as moderated.
     */
    public void anonymise(String placeholder) {
        this.nickname = normaliseNickname(placeholder);
        this.account = null;
    }

    public void mute() {
        muted = true;
    }

    public void unmute() {
        muted = false;
    }

    public Long getId() {
        return id;
    }

    public EngagementEvent getEvent() {
        return event;
    }

    public String getNickname() {
        return nickname;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getClientKey() {
        return clientKey;
    }

    public boolean isMuted() {
        return muted;
    }

    public OffsetDateTime getJoinedAt() {
        return joinedAt;
    }

    public OffsetDateTime getLastQuestionAt() {
        return lastQuestionAt;
    }
}
