package org.puente.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseClocks;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;
import org.puente.report.AgentOption;

/**
 * One petition as the staff page shows it to its caller ({@link PetitionDetail}). Opening it is written in
 * the audit log; the filer's name and contact are given only when the petition says the caller may see
 * them ({@link Petition#filerVisibleTo}): under a reserved identity only the intake desk does.
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class PetitionDetails {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PetitionAccess access;

    @EJB
    private CaseClocks clocks;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The petition of this folio, for its page. */
    public PetitionDetail byFolio(String folio) {
        return detail(access.byFolio(folio));
    }

    public PetitionDetail byId(Long id) {
        return detail(access.petition(id));
    }

    private PetitionDetail detail(Petition p) {
        UserAccount caller = access.caller();
        boolean filer = p.filerVisibleTo(caller);
        audit.record(AuditAction.PETITION_VIEWED, "petition", p.getFolio(), filer ? "filer shown" : "filer not shown");
        CaseClock stored = p.getClock().clock();
        Set<PetitionStep> steps = p.stepsFor(caller);
        return new PetitionDetail(
                p.getId(),
                p.getFolio(),
                p.getType(),
                p.getArcoRight(),
                p.getStatus(),
                p.getClock().lightAt(OffsetDateTime.now(clock)),
                p.getIdentity(),
                p.getChannel(),
                p.getDepartment() == null ? null : p.getDepartment().getName(),
                p.getDepartment() == null ? null : p.getDepartment().getId(),
                p.getAssignee() == null ? null : p.getAssignee().getFullName(),
                p.getReceivedAt(),
                p.getClock().getDueAt(),
                p.getClock().getClosedAt(),
                p.getClock().getMetTerm(),
                p.getSubject(),
                p.getText(),
                filer,
                filer ? filerName(p) : null,
                filer ? p.replyAddress() : null,
                filer ? p.contactPhone() : null,
                p.getResponse(),
                p.getRespondedAt(),
                p.getReferredTo(),
                stored.terms().term().unit(),
                stored.terms().extensionMax(),
                p.getHistory().stream()
                        .map(e ->
                                org.puente.casework.HistoryLine.forStaff(e, PetitionView.byCitizen(e.getKind()), null))
                        .toList(),
                clocks.clockOf(p.getBody()).trace(stored).steps(),
                steps,
                steps.contains(PetitionStep.ROUTE) ? departments(p) : List.of(),
                steps.contains(PetitionStep.ASSIGN) ? agents(p.getDepartment()) : List.of(),
                p.getBody().getTimeZone());
    }

    /** The filer's name: the one he gave, or his account's. Personal data: callers check the identity first. */
    static String filerName(Petition p) {
        if (p.getContact() != null && p.getContact().getName() != null) {
            return p.getContact().getName();
        }
        return p.getCitizen() == null ? null : p.getCitizen().getFullName();
    }

    private List<PetitionDetail.Choice> departments(Petition p) {
        return em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", p.getBody())
                .getResultStream()
                .filter(d -> !d.equals(p.getDepartment()))
                .map(d -> new PetitionDetail.Choice(d.getId(), d.getName()))
                .toList();
    }

    private List<AgentOption> agents(Department department) {
        return em.createQuery(
                        "select new org.puente.report.AgentOption(u.id, u.fullName, d.id, d.name)"
                                + " from UserAccount u join u.department d join u.roles role where role = :agente"
                                + " and u.active = true and d = :department order by u.fullName",
                        AgentOption.class)
                .setParameter("agente", Role.AGENTE)
                .setParameter("department", department)
                .getResultList();
    }
}
