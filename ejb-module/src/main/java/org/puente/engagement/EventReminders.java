package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.notification.NotificationService;

/** A day before a chat or forum, reminds its expert (once). */
@Stateless
public class EventReminders {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** Queues the reminders of events starting within a day from {@code now}; returns how many. */
    public int remindDue(OffsetDateTime now) {
        int sent = 0;
        for (EngagementEvent e : em.createNamedQuery("EngagementEvent.toRemind", EngagementEvent.class)
                .setParameter("now", now).setParameter("until", now.plusDays(1)).getResultList()) {
            ZoneId zone = e.getBody().getTimeZone();
            String when = EngagementService.when(e.getRequest().getSchedule(), zone);
            notifications.enqueue(e.getExpert().getEmail(), "engagement.reminder", e.getExpert().getFullName(),
                    EngagementService.kindLabel(e.getKind()), e.getTitle(), when, e.getModerator().getFullName(), baseUrl);
            e.reminded(now);
            sent++;
        }
        return sent;
    }
}
