package org.puente.chat;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EventStatus;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.SecretTokens;
import org.puente.platform.Steps;

/**
 * A citizen in a live chat with an expert (seeds 000, 001): he joins with a nickname, asks (every
 * question waits for the moderator, {@link ChatModeration}), and catches up on the public messages
 * after the last one his view has.
 */
@Stateless
@PermitAll
public class ChatParticipation {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ChatRooms rooms;

    @Inject
    private BodyScope scope;

    @Inject
    @ConfigProperty(name = "puente.chat.questionSeconds", defaultValue = "15")
    private int questionSeconds;

    public ChatRoom room(Long eventId) {
        return rooms.room(rooms.chat(eventId));
    }

    /**
     * Joins a chat that has not closed, under a nickname; a signed-in citizen's account is recorded, and
     * the client's address (as its SHA-256, null when unknown) so that his other nicknames in this chat share
     * his mute and his interval between questions.
     */
    public JoinReceipt join(Long eventId, String nickname, String clientAddress) {
        EngagementEvent event = rooms.chat(eventId);
        if (event.getStatus() == EventStatus.CLOSED || event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("chat.closed");
        }
        String token = SecretTokens.newToken();
        UserAccount account = scope.caller().filter(u -> !u.isStaff()).orElse(null);
        String client = clientAddress == null || clientAddress.isBlank()
                ? null
                : SecretTokens.hash("chat-client:" + clientAddress.strip());
        ChatParticipant p = Steps.attempt(
                "chat",
                () -> new ChatParticipant(event, nickname, account, SecretTokens.hash(token), client, rooms.now()));
        em.persist(p);
        em.flush();
        return new JoinReceipt(p.getId(), p.getNickname(), token);
    }

    /** The participant a token stands for, in this chat. */
    public Optional<Long> participantOf(Long eventId, String token) {
        return rooms.participant(token)
                .filter(p -> p.getEvent().getId().equals(eventId))
                .map(ChatParticipant::getId);
    }

    /** A participant asks; the question waits for the moderator. */
    public OwnQuestion ask(Long eventId, String token, String text) {
        EngagementEvent event = rooms.chat(eventId);
        ChatParticipant p = rooms.participantIn(event.getId(), token);
        ChatRooms.requireOpen(event);
        OffsetDateTime now = rooms.now();
        ChatMessage q = Steps.attempt("chat", () -> ChatMessage.question(p, text, now));
        Steps.attempt("chat", () -> p.asked(now, Duration.ofSeconds(questionSeconds)));
        // A mute and the interval hold per chat and per client: the same address or account under
        // another nickname is muted too, and waits as long since the last question of any of them.
        if (alike(p, "p.muted = true", Long.class, "count(p)") > 0) {
            throw new BusinessException("question", "chat.participant.muted");
        }
        OffsetDateTime lastAlike =
                alike(p, "p.lastQuestionAt is not null", OffsetDateTime.class, "max(p.lastQuestionAt)");
        if (lastAlike != null && now.isBefore(lastAlike.plusSeconds(questionSeconds))) {
            throw new BusinessException("question", "chat.question.tooSoon", questionSeconds);
        }
        em.persist(q);
        em.flush();
        return ChatRooms.own(q);
    }

    /** The public messages after {@code since}, in order (a reconnecting or polling view's catch-up). */
    public List<PublicMessage> since(Long eventId, long since, int max) {
        EngagementEvent event = rooms.chat(eventId);
        return em.createNamedQuery("ChatMessage.publicSince", ChatMessage.class)
                .setParameter("event", event)
                .setParameter("since", Math.max(0, since))
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream()
                .map(ChatRooms::publicView)
                .toList();
    }

    /** A participant's own questions with their status (and the reason of a rejection). */
    public List<OwnQuestion> mine(Long eventId, String token) {
        ChatParticipant p = rooms.participantIn(eventId, token);
        return em.createNamedQuery("ChatMessage.ofParticipant", ChatMessage.class)
                .setParameter("participant", p)
                .getResultStream()
                .map(ChatRooms::own)
                .toList();
    }

    /**
     * A figure over the other participants of p's chat who joined from p's client or under p's account
     * (none when neither is known); the query names only the keys p has, so that no null is compared.
     */
    private <T> T alike(ChatParticipant p, String condition, Class<T> type, String select) {
        List<String> same = new ArrayList<>();
        if (p.getClientKey() != null) {
            same.add("p.clientKey = :client");
        }
        if (p.getAccount() != null) {
            same.add("p.account = :account");
        }
        if (same.isEmpty()) {
            return type == Long.class ? type.cast(0L) : null;
        }
        var query = em.createQuery(
                        "select " + select + " from ChatParticipant p where p.event = :event and p <> :self" + " and "
                                + condition + " and (" + String.join(" or ", same) + ")",
                        type)
                .setParameter("event", p.getEvent())
                .setParameter("self", p);
        if (p.getClientKey() != null) {
            query.setParameter("client", p.getClientKey());
        }
        if (p.getAccount() != null) {
            query.setParameter("account", p.getAccount());
        }
        return query.getSingleResult();
    }
}
