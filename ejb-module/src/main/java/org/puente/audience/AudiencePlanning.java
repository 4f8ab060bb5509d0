package org.puente.audience;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The administrator plans audience sessions: plans one, changes it while it is planned, cancels it. A plan
 * that makes no sense (a past day, a window that ends before it starts, more turns than fit in it...) is
 * refused with every problem on its field. Staff of the body list its sessions.
 */
@Stateless
@RolesAllowed({"ADMIN", "GERENTE", "AGENTE"})
public class AudiencePlanning {

    /** Sessions per page of the staff list. */
    public static final int PAGE = 20;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<AudienceChanged> changes;

    @RolesAllowed("ADMIN")
    public long plan(AudienceForm form) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            throw new BusinessException("body", "audience.body.required");
        }
        scope.check(body);
        AudiencePlan plan = planOf(form, body);
        AudienceSession session = Steps.attempt("audience", () -> new AudienceSession(body, plan, today(body)));
        em.persist(session);
        em.flush();
        return session.getId();
    }

    @RolesAllowed("ADMIN")
    public void edit(long id, AudienceForm form) {
        AudienceSession session = session(id);
        AudiencePlan plan = planOf(form, session.getBody());
        Steps.attempt("audience", () -> session.edit(plan, today(session.getBody())));
        changes.fire(new AudienceChanged(id));
    }

    @RolesAllowed("ADMIN")
    public void cancel(long id) {
        AudienceSession session = session(id);
        Steps.attempt("audience", () -> session.cancel(OffsetDateTime.now(clock)));
        changes.fire(new AudienceChanged(id));
    }

    /** The sessions of the bodies the caller sees, the latest day first, a page at a time (from 0). */
    public List<AudienceView> sessions(int page) {
        return visible().stream()
                .skip((long) Math.max(0, page) * PAGE)
                .limit(PAGE)
                .map(AudienceView::of)
                .toList();
    }

    public int count() {
        return visible().size();
    }

    public AudienceForm form(long id) {
        return AudienceForm.of(session(id));
    }

    public AudienceView view(long id) {
        return AudienceView.of(session(id));
    }

    /** The departments of a session's body (where a turned-over petition may go). */
    public List<Department> departmentsOf(long id) {
        return em.createQuery("select d from Department d where d.body = :body order by d.name", Department.class)
                .setParameter("body", session(id).getBody())
                .getResultList();
    }

    private List<AudienceSession> visible() {
        if (scope.seesEveryBody()) {
            return em.createNamedQuery("AudienceSession.all", AudienceSession.class)
                    .getResultList();
        }
        return em.createNamedQuery("AudienceSession.ofBody", AudienceSession.class)
                .setParameter("body", scope.ownBody())
                .getResultList();
    }

    private AudienceSession session(long id) {
        AudienceSession session = em.find(AudienceSession.class, id);
        if (session == null) {
            throw new BusinessException("audience.unknown");
        }
        scope.check(session.getBody());
        return session;
    }

    private AudiencePlan planOf(AudienceForm form, Body body) {
        Set<Department> departments = new HashSet<>();
        for (Long departmentId : form.departmentIds()) {
            Department d = em.find(Department.class, departmentId);
            if (d == null) {
                throw new InvalidInputException(
                        List.of(new BusinessException("departments", "audience.departments.otherBody")));
            }
            departments.add(d);
        }
        AudiencePlan plan = new AudiencePlan(
                form.day(),
                form.startsAt(),
                form.endsAt(),
                form.mode(),
                form.place(),
                form.meetingLink(),
                form.officials(),
                departments,
                form.capacity() == null ? 0 : form.capacity(),
                form.minutesPerTurn() == null ? 0 : form.minutesPerTurn());
        List<BusinessException> problems =
                plan.problems(body, today(body)).stream().map(Steps::refusal).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return plan;
    }

    private LocalDate today(Body body) {
        return LocalDate.now(clock.withZone(body.getTimeZone()));
    }
}
