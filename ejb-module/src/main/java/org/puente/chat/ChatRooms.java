package org.puente.chat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.SecretTokens;

/**
 * What the chat's services share: finding a chat, a question and a participant (refused alike when
 * missing), locking an open chat for its next sequence number, the caller's role, and how a room and
 * a message look from outside. It runs in its caller's transaction.
 */
@Dependent
public class ChatRooms {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    /** A chat that exists and is not cancelled. */
    EngagementEvent chat(Long eventId) {
        EngagementEvent event = eventId == null ? null : em.find(EngagementEvent.class, eventId);
        if (event == null || event.getKind() != EngagementKind.CHAT || event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("error.notFound");
        }
        return event;
    }

    /** The event, locked for its next sequence number, refused unless it is open. */
    EngagementEvent lockOpen(EngagementEvent event) {
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(event);
        return event;
    }

    static void requireOpen(EngagementEvent event) {
        if (event.getStatus() != EventStatus.OPEN) {
            throw new BusinessException(event.getStatus() == EventStatus.SCHEDULED ? "chat.notOpen" : "chat.closed");
        }
    }

    /** A citizen's question. */
    ChatMessage question(Long id) {
        ChatMessage m = id == null ? null : em.find(ChatMessage.class, id);
        if (m == null || m.getKind() != MessageKind.QUESTION) {
            throw new BusinessException("error.notFound");
        }
        return m;
    }

    /** The participant a token stands for, in any chat. */
    Optional<ChatParticipant> participant(String token) {
        if (!SecretTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ChatParticipant.byToken", ChatParticipant.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    /** The participant a token stands for in this chat, or the refusal "chat.participant.unknown". */
    ChatParticipant participantIn(Long eventId, String token) {
        return participant(token)
                .filter(p -> p.getEvent().getId().equals(eventId))
                .orElseThrow(() -> new BusinessException("chat.participant.unknown"));
    }

    UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    /** The caller, refused unless he moderates (or administers). */
    UserAccount moderator() {
        UserAccount caller = caller();
        if (!isModerator(caller)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    static boolean isModerator(UserAccount account) {
        return account.hasRole(Role.MODERADOR) || account.hasRole(Role.ADMIN);
    }

    ChatRoom room(EngagementEvent e) {
        return room(e, agencyZone());
    }

    static ChatRoom room(EngagementEvent e, ZoneId zone) {
        return new ChatRoom(
                e.getId(),
                e.getKind(),
                e.getTitle(),
                e.getBody().getName(),
                e.getExpert().getFullName(),
                e.getRequest().getProposedExpert().getPosition(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getStatus(),
                e.getLastSeq(),
                zone == null ? e.getBody().getTimeZone() : zone);
    }

    /** The agency's time zone: the chats' windows are its hours. */
    ZoneId agencyZone() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.AGENCIA)
                .getResultStream()
                .findFirst()
                .map(Body::getTimeZone)
                .orElse(null);
    }

    static PublicMessage publicView(ChatMessage m) {
        String author =
                switch (m.getKind()) {
                    case QUESTION -> m.getParticipant().getNickname();
                    case ANSWER -> m.getAuthor().getFullName();
                    case NOTICE -> null;
                };
        return new PublicMessage(
                m.getSeq(),
                m.getId(),
                m.getKind(),
                author,
                m.getPublicText(),
                m.getQuestion() == null ? null : m.getQuestion().getId(),
                m.getModeratedAt() != null ? m.getModeratedAt() : m.getCreatedAt());
    }

    static OwnQuestion own(ChatMessage q) {
        return new OwnQuestion(
                q.getId(),
                q.getStatus() == MessageStatus.APPROVED ? q.getPublicText() : q.getOriginalText(),
                q.getStatus(),
                q.getRejectReason(),
                q.getCreatedAt());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
