package org.puente.audience;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.puente.casework.CaseClocks;
import org.puente.casework.LegalClock;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChanged;
import org.puente.petition.PetitionEntry;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The officials' screen while a session runs: open it, call the next turn, mark the called one (attended at
 * once with what was agreed, turned over to its department, not applicable with the reason, or no-show), close
 * it; and the departments' list of the petitions registered for the sessions to come. Attended at once and not
 * applicable answer the petition through its own verb ({@code respond}), turned over routes it when another
 * department is named: the petition's {@code stepsFor} decides whether this official may, as everywhere.
 */
@Stateless
@RolesAllowed({"ADMIN", "GERENTE", "AGENTE"})
public class AudienceScreen {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @EJB
    private CaseClocks clocks;

    @Inject
    private Event<AudienceChanged> changes;

    @Inject
    private Event<PetitionChanged> petitionChanges;

    @RolesAllowed({"ADMIN", "GERENTE"})
    public void open(long id) {
        AudienceSession s = session(id);
        Steps.attempt("audience", () -> s.open(now()));
        changes.fire(new AudienceChanged(id));
    }

    /** Calls the next waiting turn; returns its number. */
    @RolesAllowed({"ADMIN", "GERENTE"})
    public int callNext(long id) {
        AudienceSession s = session(id);
        AudienceTurn turn = Steps.attempt("audience", () -> s.callNext(now()));
        changes.fire(new AudienceChanged(id));
        return turn.getNumber();
    }

    /**
     * Marks the called turn's result; {@code departmentId} (optional) is where a turned-over petition goes when
     * not to the department it was registered for.
     */
    @RolesAllowed({"ADMIN", "GERENTE"})
    public void settle(long id, int number, TurnStatus result, String outcome, Long departmentId) {
        AudienceSession s = session(id);
        OffsetDateTime now = now();
        AudienceTurn turn = Steps.attempt("audience", () -> s.settle(number, result, outcome, now));
        Petition petition = turn.getPetition();
        UserAccount actor = scope.caller().orElseThrow(AccessDeniedException::new);
        LegalClock legal = clocks.clockOf(s.getBody());
        PetitionEntry.Kind kind = null;
        switch (result) {
            case ATENDIDA_EN_EL_ACTO, NO_PROCEDE -> {
                Steps.attempt("petition", () -> petition.respond(legal, turn.getOutcome(), actor, now));
                kind = PetitionEntry.Kind.RESPONDED;
            }
            case TURNADA -> {
                Department to = departmentId == null ? null : em.find(Department.class, departmentId);
                if (to != null && !to.equals(petition.getDepartment())) {
                    Steps.attempt("petition", () -> petition.route(to, actor, now));
                    kind = PetitionEntry.Kind.ROUTED;
                }
                if (turn.getOutcome() != null) {
                    Steps.attempt("petition", () -> petition.note(turn.getOutcome(), actor, now));
                    kind = kind == null ? PetitionEntry.Kind.NOTE : kind;
                }
            }
            default -> {}
        }
        if (kind != null) {
            petitionChanges.fire(new PetitionChanged(petition.getId(), kind));
        }
        changes.fire(new AudienceChanged(id));
    }

    @RolesAllowed({"ADMIN", "GERENTE"})
    public void close(long id) {
        AudienceSession s = session(id);
        Steps.attempt("audience", () -> s.close(now()));
        changes.fire(new AudienceChanged(id));
    }

    /** Every turn of a session, for the officials' screen. */
    public List<StaffTurn> turns(long id) {
        UserAccount viewer = scope.caller().orElse(null);
        return session(id).getTurns().stream().map(t -> StaffTurn.of(t, viewer)).toList();
    }

    public AudienceMinutes minutes(long id) {
        return session(id).minutes();
    }

    /**
     * The petitions registered for the sessions to come (planned or running) that the caller works: his
     * department's for an agent or a department's manager, all of them for a body-wide manager or the
     * administrator (the petition's own {@code worksIt}).
     */
    public List<StaffTurn> registeredForMe() {
        UserAccount me = scope.caller().orElseThrow(AccessDeniedException::new);
        var statuses = EnumSet.of(AudienceStatus.PLANNED, AudienceStatus.OPEN);
        List<AudienceTurn> turns = scope.seesEveryBody()
                ? em.createQuery(
                                "select t from AudienceTurn t where t.session.status in :statuses"
                                        + " order by t.session.day, t.session.startsAt, t.number",
                                AudienceTurn.class)
                        .setParameter("statuses", statuses)
                        .getResultList()
                : em.createNamedQuery("AudienceTurn.ofBody", AudienceTurn.class)
                        .setParameter("body", scope.ownBody())
                        .setParameter("statuses", statuses)
                        .getResultList();
        return turns.stream()
                .filter(t -> t.getPetition().worksIt(me))
                .map(t -> StaffTurn.of(t, me))
                .toList();
    }

    private AudienceSession session(long id) {
        AudienceSession session = em.find(AudienceSession.class, id);
        if (session == null) {
            throw new BusinessException("audience.unknown");
        }
        scope.check(session.getBody());
        return session;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
