package org.puente.chat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EventStatus;
import org.puente.platform.BusinessException;

/** What a chat leaves: its published transcript after the close, and its figures. */
@Stateless
@PermitAll
public class ChatRecords {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ChatRooms rooms;

    /** The published record of a closed chat: approved questions, their answers, notices, figures. */
    public Transcript transcript(Long eventId) {
        EngagementEvent event = rooms.chat(eventId);
        if (event.getStatus() != EventStatus.CLOSED) {
            throw new BusinessException("chat.transcript.notYet");
        }
        List<PublicMessage> all = em.createNamedQuery("ChatMessage.publicSince", ChatMessage.class)
                .setParameter("event", event)
                .setParameter("since", 0L)
                .getResultStream()
                .map(ChatRooms::publicView)
                .toList();
        Map<Long, Transcript.Entry> entries = new LinkedHashMap<>();
        List<PublicMessage> notices = new ArrayList<>();
        for (PublicMessage m : all) {
            switch (m.kind()) {
                case QUESTION -> entries.put(m.id(), new Transcript.Entry(m, new ArrayList<>()));
                case ANSWER -> Optional.ofNullable(entries.get(m.questionId()))
                        .ifPresent(e -> e.answers().add(m));
                case NOTICE -> notices.add(m);
            }
        }
        return new Transcript(rooms.room(event), List.copyOf(entries.values()), notices, figures(event));
    }

    @RolesAllowed({"MODERADOR", "EXPERTO", "ADMIN", "EVALUADOR"})
    public ChatFigures figures(Long eventId) {
        return figures(rooms.chat(eventId));
    }

    private ChatFigures figures(EngagementEvent event) {
        long participants = em.createNamedQuery("ChatParticipant.countOfEvent", Long.class)
                .setParameter("event", event)
                .getSingleResult();
        long received = em.createNamedQuery("ChatMessage.count", Long.class)
                .setParameter("event", event)
                .setParameter("kind", MessageKind.QUESTION)
                .getSingleResult();
        long approved = em.createNamedQuery("ChatMessage.countWithStatus", Long.class)
                .setParameter("event", event)
                .setParameter("status", MessageStatus.APPROVED)
                .getSingleResult();
        long answered = em.createNamedQuery("ChatMessage.countAnswered", Long.class)
                .setParameter("event", event)
                .getSingleResult();
        return new ChatFigures(participants, received, approved, answered);
    }
}
