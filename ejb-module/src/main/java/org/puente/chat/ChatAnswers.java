package org.puente.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import org.puente.engagement.EngagementEvent;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.Steps;

/**
 * The chat's expert answers the approved questions (the answer appears under its question for
 * everybody); the staff's list of chats to work in.
 */
@Stateless
public class ChatAnswers {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ChatRooms rooms;

    @EJB
    private ChatBroadcaster broadcaster;

    /** The approved questions the expert has not answered yet, oldest first. */
    @RolesAllowed({"EXPERTO", "MODERADOR", "ADMIN"})
    public List<PublicMessage> unanswered(Long eventId) {
        EngagementEvent event = rooms.chat(eventId);
        UserAccount caller = rooms.caller();
        if (!caller.equals(event.getExpert()) && !ChatRooms.isModerator(caller)) {
            throw new AccessDeniedException();
        }
        return em.createNamedQuery("ChatMessage.unanswered", ChatMessage.class)
                .setParameter("event", event)
                .getResultStream()
                .map(ChatRooms::publicView)
                .toList();
    }

    /** The event's expert answers an approved question; the answer appears under it for everybody. */
    @RolesAllowed("EXPERTO")
    public PublicMessage answer(Long questionId, String text) {
        ChatMessage q = rooms.question(questionId);
        UserAccount expert = rooms.caller();
        if (!expert.equals(q.getEvent().getExpert())) {
            throw new AccessDeniedException();
        }
        EngagementEvent event = rooms.lockOpen(q.getEvent());
        ChatMessage a = Steps.attempt("chat", () -> ChatMessage.answer(q, expert, text, event.nextSeq(), rooms.now()));
        em.persist(a);
        em.flush();
        PublicMessage published = ChatRooms.publicView(a);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        return published;
    }

    /**
     * The chats of the last week and the coming ones, soonest first: every one for the moderators,
     * his own for an expert.
     */
    @RolesAllowed({"MODERADOR", "EXPERTO", "ADMIN"})
    public List<ChatRoom> staffRooms() {
        UserAccount caller = rooms.caller();
        boolean all = ChatRooms.isModerator(caller);
        ZoneId zone = rooms.agencyZone();
        return em.createQuery(
                        "select e from EngagementEvent e where e.kind = org.puente.engagement.EngagementKind.CHAT"
                                + " and e.status <> org.puente.engagement.EventStatus.CANCELLED and e.endsAt > :since"
                                + " order by e.startsAt, e.id",
                        EngagementEvent.class)
                .setParameter("since", rooms.now().minusDays(7))
                .getResultStream()
                .filter(e -> all || e.getExpert().equals(caller))
                .map(e -> ChatRooms.room(e, zone))
                .toList();
    }
}
