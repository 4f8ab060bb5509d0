package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.notification.NotificationService;
import org.puente.platform.Links;

/**
 * What follows a status step on a report, whoever took it (an agent's step or a manager's assignment):
 * it goes into the audit log, and the reporter and the followers are told by e-mail with the step's note.
 */
@Dependent
class ReportChanges {

    @EJB
    private NotificationService notifications;

    @EJB
    private AuditLog audit;

    @Inject
    private Links links;

    void stepTaken(ServiceReport r) {
        audit.record(AuditAction.REPORT_CHANGED, "report", r.getFolio(), "status " + r.getStatus());
        ReportNotices.statusChanged(
                notifications,
                r,
                ReportMail.label(r.getStatus()),
                Optional.ofNullable(
                                r.getHistory().get(r.getHistory().size() - 1).getText())
                        .orElse(""),
                links.base());
    }
}
