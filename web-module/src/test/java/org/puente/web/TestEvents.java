package org.puente.web;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EngagementRequest;
import org.puente.engagement.ExpertContact;
import org.puente.engagement.Schedule;
import org.puente.identity.UserAccount;

/**
 * Test deployments only: a chat or forum of the demo accounts, already through the engagement
 * workflow (filed by the Enlace, approved, expert confirmed, scheduled with the moderator), so that a
 * test of the live chat or of forums starts from an event without walking the workflow again.
 */
final class TestEvents {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final AtomicLong FOLIOS = new AtomicLong(System.nanoTime() % 100_000);

    private TestEvents() {}

    /** The event's id; the folio starts with the prefix. */
    static Long scheduled(
            EntityManager em,
            UserTransaction tx,
            String folioPrefix,
            EngagementKind kind,
            String topic,
            Schedule schedule)
            throws Exception {
        tx.begin();
        try {
            UserAccount enlace = account(em, "enlace");
            UserAccount evaluador = account(em, "evaluador");
            UserAccount experto = account(em, "experto");
            OffsetDateTime now = OffsetDateTime.now();
            EngagementRequest r = new EngagementRequest(
                    folioPrefix + "-" + FOLIOS.incrementAndGet(),
                    kind,
                    enlace,
                    List.of(topic),
                    schedule,
                    new ExpertContact(experto.getFullName(), "Especialista", experto.getEmail(), null),
                    experto,
                    null,
                    now);
            r.approve(evaluador, now, null);
            r.confirmExpert(experto, evaluador, now, null);
            r.markScheduled(evaluador, now, null);
            em.persist(r);
            EngagementEvent e = new EngagementEvent(r, account(em, "moderador"), MEXICO_CITY);
            em.persist(e);
            tx.commit();
            return e.getId();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    static UserAccount account(EntityManager em, String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
