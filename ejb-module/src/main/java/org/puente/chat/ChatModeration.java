package org.puente.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.puente.engagement.EngagementEvent;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The chat's moderator: every question waits for him; he approves it (perhaps editing out personal
 * data) or rejects it with a reason only its author sees, posts notices and mutes participants. A
 * public message gets the chat's next sequence number and reaches the room views only after commit
 * ({@link ChatBroadcaster}).
 */
@Stateless
@RolesAllowed({"MODERADOR", "ADMIN"})
public class ChatModeration {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ChatRooms rooms;

    @EJB
    private ChatBroadcaster broadcaster;

    public List<PendingQuestion> pending(Long eventId) {
        EngagementEvent event = rooms.chat(eventId);
        return em.createNamedQuery("ChatMessage.withStatus", ChatMessage.class)
                .setParameter("event", event)
                .setParameter("status", MessageStatus.PENDING)
                .getResultStream()
                .map(m -> new PendingQuestion(
                        m.getId(),
                        m.getParticipant().getId(),
                        m.getParticipant().getNickname(),
                        m.getParticipant().isMuted(),
                        m.getOriginalText(),
                        m.getCreatedAt()))
                .toList();
    }

    /** Approves a pending question, with the moderator's edit of its text when given. */
    public PublicMessage approve(Long questionId, String editedText) {
        ChatMessage q = rooms.question(questionId);
        EngagementEvent event = rooms.lockOpen(q.getEvent());
        UserAccount moderator = rooms.moderator();
        Steps.attempt("chat", () -> q.approve(moderator, editedText, event.nextSeq(), rooms.now()));
        PublicMessage published = ChatRooms.publicView(q);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        broadcaster.afterCommit(
                new ChatUpdate.Private(event.getId(), q.getParticipant().getId(), ChatRooms.own(q)));
        return published;
    }

    public void reject(Long questionId, String reason) {
        ChatMessage q = rooms.question(questionId);
        UserAccount moderator = rooms.moderator();
        Steps.attempt("chat", () -> q.reject(moderator, reason, rooms.now()));
        broadcaster.afterCommit(
                new ChatUpdate.Private(q.getEvent().getId(), q.getParticipant().getId(), ChatRooms.own(q)));
    }

    /** A notice for everybody in the room ("the expert will answer in 5 minutes"). */
    public PublicMessage notice(Long eventId, String text) {
        EngagementEvent event = rooms.lockOpen(rooms.chat(eventId));
        UserAccount moderator = rooms.moderator();
        ChatMessage m =
                Steps.attempt("chat", () -> ChatMessage.notice(event, moderator, text, event.nextSeq(), rooms.now()));
        em.persist(m);
        em.flush();
        PublicMessage published = ChatRooms.publicView(m);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        return published;
    }

    public void mute(Long participantId, boolean muted) {
        rooms.moderator();
        ChatParticipant p = participantId == null ? null : em.find(ChatParticipant.class, participantId);
        if (p == null) {
            throw new BusinessException("error.notFound");
        }
        if (muted) {
            p.mute();
        } else {
            p.unmute();
        }
        broadcaster.afterCommit(new ChatUpdate.Muted(p.getEvent().getId(), p.getId(), muted));
    }

    /** The participants of a chat who are muted (the moderator's list). */
    public List<PendingQuestion> mutedParticipants(Long eventId) {
        EngagementEvent event = rooms.chat(eventId);
        return em.createQuery(
                        "select p from ChatParticipant p where p.event = :event and p.muted = true order by p.nickname",
                        ChatParticipant.class)
                .setParameter("event", event)
                .getResultStream()
                .map(p -> new PendingQuestion(null, p.getId(), p.getNickname(), true, null, p.getJoinedAt()))
                .toList();
    }
}
