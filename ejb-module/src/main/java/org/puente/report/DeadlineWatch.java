package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.platform.Links;

/**
 * Marks open reports at risk (75% of their business time used) and overdue, and tells the body's
 * managers about each overdue one. {@link DeadlineTimers} calls it every few minutes with the
 * current time; tests call it with any time they like.
 */
@Stateless
public class DeadlineWatch {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @Inject
    private Links links;

    /** Returns how many reports became overdue. */
    public int sweep(OffsetDateTime now) {
        em.createNamedQuery("ServiceReport.dueForRisk", ServiceReport.class)
                .setParameter("open", ReportStatus.OPEN)
                .setParameter("now", now)
                .setMaxResults(1000)
                .getResultStream()
                .forEach(ServiceReport::markAtRisk);
        int overdue = 0;
        for (ServiceReport report : em.createNamedQuery("ServiceReport.dueForOverdue", ServiceReport.class)
                .setParameter("open", ReportStatus.OPEN)
                .setParameter("now", now)
                .setMaxResults(1000)
                .getResultList()) {
            if (report.markOverdue()) {
                overdue++;
                for (UserAccount manager : em.createQuery(
                                "select u from UserAccount u join u.roles role where"
                                        + " u.body = :body and role = :role and u.active = true",
                                UserAccount.class)
                        .setParameter("body", report.getBody())
                        .setParameter("role", Role.GERENTE)
                        .getResultList()) {
                    notifications.enqueue(
                            manager.getEmail(),
                            "report.overdue",
                            report.getFolio(),
                            report.getService().getName(),
                            report.getColonia().getName(),
                            ReportMail.due(report),
                            links.base(),
                            String.valueOf(report.getId()));
                }
            }
        }
        return overdue;
    }
}
