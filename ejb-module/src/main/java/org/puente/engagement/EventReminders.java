package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** A day before a chat or forum, reminds its expert (once). */
@Stateless
public class EventReminders {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private EngagementMail mail;

    /** Queues the reminders of events starting within a day from {@code now}; returns how many. */
    public int remindDue(OffsetDateTime now) {
        int sent = 0;
        for (EngagementEvent e : em.createNamedQuery("EngagementEvent.toRemind", EngagementEvent.class)
                .setParameter("now", now)
                .setParameter("until", now.plusDays(1))
                .getResultList()) {
            mail.reminder(e);
            e.reminded(now);
            sent++;
        }
        return sent;
    }
}
