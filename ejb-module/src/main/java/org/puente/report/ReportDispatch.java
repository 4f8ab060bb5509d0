package org.puente.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Department;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.platform.Steps;

/**
 * A manager's distribution of work, one report or many from the queue: to a person of the report's
 * department, or to another department. The person or the department is told by e-mail.
 */
@Stateless
@RolesAllowed({"GERENTE", "ADMIN"})
public class ReportDispatch {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ReportAccess access;

    @Inject
    private ReportChanges changes;

    @EJB
    private NotificationService notifications;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Links links;

    /**
     * Gives reports to a person: an active agent of each report's department. A received report
     * becomes assigned (a status step, told to the reporter like every step); an assigned or
     * in-progress one changes hands without the reporter hearing of it. The person is told by e-mail.
     * Reports of another department, finished ones or those he has already are left as they are, and
     * counted.
     */
    public AssignOutcome assign(List<Long> ids, Long agentId, String note) {
        requireSelection(ids);
        UserAccount agent = agentId == null ? null : em.find(UserAccount.class, agentId);
        if (agent == null || !agent.isActive() || !agent.hasRole(Role.AGENTE) || agent.getDepartment() == null) {
            throw new BusinessException("agent", "report.agent.required");
        }
        int assigned = 0;
        for (Long id : ids) {
            ServiceReport r = access.report(id);
            if (!agent.getDepartment().belongsTo(r.getBody())) {
                throw new AccessDeniedException();
            }
            if (!r.allows(ReportStep.ASSIGN)
                    || !agent.getDepartment().equals(r.getDepartment())
                    || agent.equals(r.getAssignee())) {
                continue;
            }
            boolean statusStep = r.getStatus() == ReportStatus.RECEIVED;
            Steps.attempt("report", () -> r.giveTo(agent, access.caller(), now(), note));
            if (statusStep) {
                changes.stepTaken(r);
            }
            audit.record(AuditAction.REPORTS_ASSIGNED, "report", r.getFolio(), "to " + agent.getUsername());
            notifications.enqueue(
                    agent.getEmail(),
                    "report.assigned",
                    r.getFolio(),
                    r.getService().getName(),
                    r.getColonia().getName(),
                    ReportMail.due(r),
                    links.base(),
                    String.valueOf(r.getId()));
            assigned++;
        }
        return new AssignOutcome(assigned, ids.size() - assigned, agent.getFullName());
    }

    /** Sends reports to another department of the municipality; finished ones and those already there stay. */
    public int reassign(List<Long> ids, Long departmentId, String note) {
        requireSelection(ids);
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        if (department == null) {
            throw new BusinessException("department", "report.department.required");
        }
        int moved = 0;
        for (Long id : ids) {
            ServiceReport r = access.report(id);
            if (!department.belongsTo(r.getBody())) {
                throw new AccessDeniedException();
            }
            if (r.allows(ReportStep.REASSIGN) && !r.getDepartment().equals(department)) {
                Steps.attempt("report", () -> r.reassign(department, access.caller(), now(), note));
                audit.record(
                        AuditAction.REPORTS_ASSIGNED, "report", r.getFolio(), "to department " + department.getId());
                notifications.enqueue(
                        department.getEmail(),
                        "report.new",
                        r.getFolio(),
                        r.getService().getName(),
                        r.getColonia().getName(),
                        ReportMail.due(r),
                        links.base(),
                        String.valueOf(r.getId()));
                moved++;
            }
        }
        return moved;
    }

    private static void requireSelection(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("queue.selection.required");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
