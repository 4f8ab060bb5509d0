package org.puente.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.CaseClocks;
import org.puente.casework.LegalClock;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The staff's steps on one petition, one method each: route, assign (or take it), note, extend, prevent,
 * respond, refer. Each loads the petition as the caller may see it ({@link PetitionAccess}: another
 * body's or department's is refused), lets the petition take the step on its body's legal clock (it
 * refuses what its status or the caller's roles do not allow, {@link Petition#stepsFor}), writes the audit
 * line and fires {@link PetitionChanged}, whose observers tell the citizen; no step knows who is told.
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class PetitionSteps {

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

    @Inject
    private Event<PetitionChanged> changes;

    /** Sends it to a department (the first routing or a reassignment). */
    public void route(Long id, Long departmentId) {
        Petition p = access.petition(id);
        Department to = departmentId == null ? null : em.find(Department.class, departmentId);
        if (to == null) {
            throw new BusinessException("department", "petition.department.required");
        }
        take(p, PetitionEntry.Kind.ROUTED, () -> p.route(to, access.caller(), now()));
    }

    /** Gives it to a person of its department; {@code personId} null: the caller takes it himself. */
    public void assign(Long id, Long personId) {
        Petition p = access.petition(id);
        UserAccount person = personId == null ? access.caller() : em.find(UserAccount.class, personId);
        take(p, PetitionEntry.Kind.ASSIGNED, () -> p.assign(person, access.caller(), now()));
    }

    /** A note among staff; the citizen never reads it. */
    public void note(Long id, String note) {
        Petition p = access.petition(id);
        take(p, PetitionEntry.Kind.NOTE, () -> p.note(note, access.caller(), now()));
    }

    /** The one extension: how many more units, and why (the citizen is told), before the due date. */
    public void extend(Long id, Integer units, String reason) {
        Petition p = access.petition(id);
        List<BusinessException> problems = new ArrayList<>();
        if (units == null) {
            problems.add(new BusinessException("units", "clock.extension.units"));
        }
        if (blank(reason)) {
            problems.add(new BusinessException("reason", "clock.extension.reason"));
        }
        refuse(problems);
        LegalClock legal = clocks.clockOf(p.getBody());
        take(p, PetitionEntry.Kind.EXTENDED, () -> p.extend(legal, units, reason, access.caller(), now()));
    }

    /** A prevención: what the citizen must complete; the clock stops until he answers. */
    public void prevent(Long id, String request) {
        Petition p = access.petition(id);
        LegalClock legal = clocks.clockOf(p.getBody());
        take(p, PetitionEntry.Kind.PREVENTION, () -> p.prevent(legal, request, access.caller(), now()));
    }

    /** The written response, which closes the petition. */
    public void respond(Long id, String response) {
        Petition p = access.petition(id);
        LegalClock legal = clocks.clockOf(p.getBody());
        take(p, PetitionEntry.Kind.RESPONDED, () -> p.respond(legal, response, access.caller(), now()));
    }

    /** Sends it to the competent body, with the reason the citizen is told. */
    public void refer(Long id, String competentBody, String reason) {
        Petition p = access.petition(id);
        List<BusinessException> problems = new ArrayList<>();
        if (blank(competentBody)) {
            problems.add(new BusinessException("referredTo", "petition.referredTo.required"));
        }
        if (blank(reason)) {
            problems.add(new BusinessException("reason", "petition.reason.required"));
        }
        refuse(problems);
        LegalClock legal = clocks.clockOf(p.getBody());
        take(p, PetitionEntry.Kind.REFERRED, () -> p.refer(legal, competentBody, reason, access.caller(), now()));
    }

    /** Runs the petition's verb, then writes the audit line and tells the observers, in this transaction. */
    private void take(Petition p, PetitionEntry.Kind kind, Runnable verb) {
        Steps.attempt("petition", verb);
        em.flush();
        audit.record(AuditAction.PETITION_CHANGED, "petition", p.getFolio(), kind.name());
        changes.fire(new PetitionChanged(p.getId(), kind));
    }

    private static void refuse(List<BusinessException> problems) {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
