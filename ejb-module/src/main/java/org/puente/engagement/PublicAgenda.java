package org.puente.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The public side of chats and forums: the agenda of upcoming and live events, each with what the
 * public may know (topic, expert's name and position, body, times), never contact data. An event an
 * evaluator cancelled stays on it, marked cancelled (never with the staff's reason).
 */
@Stateless
public class PublicAgenda {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Scheduled, open and cancelled events that have not ended, soonest first. */
    public List<PublicEvent> upcoming(int first, int max) {
        return em.createNamedQuery("EngagementEvent.upcoming", EngagementEvent.class)
                .setParameter("statuses", EnumSet.of(EventStatus.SCHEDULED, EventStatus.OPEN))
                .setParameter("now", OffsetDateTime.now(clock))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(PublicAgenda::publicView)
                .toList();
    }

    public long countUpcoming() {
        return em.createNamedQuery("EngagementEvent.countUpcoming", Long.class)
                .setParameter("statuses", EnumSet.of(EventStatus.SCHEDULED, EventStatus.OPEN))
                .setParameter("now", OffsetDateTime.now(clock))
                .getSingleResult();
    }

    /** One event; a cancelled one only when it was cancelled through the application (and so announced). */
    public Optional<PublicEvent> event(Long id) {
        EngagementEvent e = id == null ? null : em.find(EngagementEvent.class, id);
        return e == null || (e.isCancelled() && e.getCancelledAt() == null)
                ? Optional.empty()
                : Optional.of(publicView(e));
    }

    static PublicEvent publicView(EngagementEvent e) {
        // The position is the proposed person's: shown only when that person is the assigned expert.
        ExpertContact proposed = e.getRequest().getProposedExpert();
        String position =
                proposed.getEmail().equalsIgnoreCase(e.getExpert().getEmail()) ? proposed.getPosition() : null;
        return new PublicEvent(
                e.getId(),
                e.getKind(),
                e.getTitle(),
                e.getTopics(),
                e.getBody().getName(),
                e.getExpert().getFullName(),
                position,
                e.getStartsAt(),
                e.getEndsAt(),
                e.getStatus());
    }
}
