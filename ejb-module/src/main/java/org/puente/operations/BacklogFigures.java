package org.puente.operations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.puente.notification.OutboxMessage;
import org.puente.report.DeadlineState;
import org.puente.report.ReportStatus;

/**
 * The backlog's figures for the metrics endpoint: one aggregate query over the open reports and one count of the
 * outbox. Every body's, with no name in them; the caller keeps them a while (a scrape every few seconds must not
 * count a million reports each time).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BacklogFigures {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public Backlog now() {
        Object[] reports = em.createQuery(
                        "select count(r), sum(case when r.deadlineState = :overdue then 1 else 0 end)"
                                + " from ServiceReport r where r.status in :open",
                        Object[].class)
                .setParameter("overdue", DeadlineState.OVERDUE)
                .setParameter("open", ReportStatus.OPEN)
                .getSingleResult();
        long waiting = em.createQuery(
                        "select count(m) from OutboxMessage m where m.sentAt is null and m.attempts < :max", Long.class)
                .setParameter("max", OutboxMessage.MAX_ATTEMPTS)
                .getSingleResult();
        return new Backlog(number(reports[0]), number(reports[1]), waiting);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
