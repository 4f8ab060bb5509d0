package org.puente.audience;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.puente.casework.CaseIdentity;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The public side of the audiences: the upcoming sessions, the past ones with their minutes, the turn board,
 * and a citizen's registration of a petition for a session. A registration files the petition through the one
 * intake door ({@link PetitionIntake}, channel AUDIENCE, a petición), so its clock runs from that moment, and
 * gives it the session's next turn. Registrations of one session are taken one at a time (the session row is
 * locked), so two citizens never get the same turn and the capacity holds.
 */
@Stateless
public class AudienceRegistration {

    /** Past sessions per page of the public list. */
    public static final int PAST_PAGE = 10;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PetitionIntake intake;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<AudienceChanged> changes;

    public AudienceReceipt register(AudienceSignUp form) {
        AudienceSession session = form.sessionId() == null
                ? null
                : em.find(AudienceSession.class, form.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BusinessException("audience.unknown");
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        UserAccount citizen = scope.caller().filter(u -> !u.isStaff()).orElse(null);
        Registrant who =
                new Registrant(citizen == null ? null : citizen.getId(), form.contactEmail(), form.contactPhone());
        // before the petition is numbered: a refused registration uses no folio
        Steps.attempt("audience", () -> session.checkRegistration(department, who));
        PetitionReceipt receipt = intake.file(
                new NewPetition(
                        session.getBody().getId(),
                        PetitionType.PETICION,
                        null,
                        CaseIdentity.IDENTIFIED,
                        department.getId(),
                        form.subject(),
                        form.text(),
                        form.contactName(),
                        form.contactEmail(),
                        form.contactPhone(),
                        form.privacyConsent(),
                        null),
                PetitionChannel.AUDIENCE);
        Petition petition = em.find(Petition.class, receipt.id());
        AudienceTurn turn = Steps.attempt("audience", () -> session.register(petition, receipt.receivedAt()));
        em.flush();
        changes.fire(new AudienceChanged(session.getId()));
        return new AudienceReceipt(
                session.getId(),
                turn.getNumber(),
                turn.getEstimatedAt(),
                receipt.folio(),
                receipt.trackingCode(),
                receipt.dueAt(),
                session.getBody().getTimeZone(),
                session.getMode(),
                session.getPlace(),
                session.getMeetingLink());
    }

    /** The sessions still to come (planned or running), the nearest first. */
    public List<AudienceView> upcoming() {
        // a day's margin: each body's own "today" is checked below in its time zone
        LocalDate from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        return em.createNamedQuery("AudienceSession.upcoming", AudienceSession.class)
                .setParameter("from", from)
                .setParameter("statuses", EnumSet.of(AudienceStatus.PLANNED, AudienceStatus.OPEN))
                .getResultStream()
                .filter(s -> s.getStatus() == AudienceStatus.OPEN
                        || !s.getDay()
                                .isBefore(
                                        LocalDate.now(clock.withZone(s.getBody().getTimeZone()))))
                .map(AudienceView::of)
                .toList();
    }

    /** The closed sessions with their minutes, the latest first, a page at a time (from 0). */
    public List<AudienceView> past(int page) {
        return em.createNamedQuery("AudienceSession.closed", AudienceSession.class)
                .setFirstResult(Math.max(0, page) * PAST_PAGE)
                .setMaxResults(PAST_PAGE)
                .getResultStream()
                .map(AudienceView::of)
                .toList();
    }

    public long pastCount() {
        return em.createQuery("select count(s) from AudienceSession s where s.status = :closed", Long.class)
                .setParameter("closed", AudienceStatus.CLOSED)
                .getSingleResult();
    }

    /** A session as the public sees it (any status: the page says whether one may still register). */
    public Optional<AudienceView> session(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AudienceSession.class, id))
                .map(AudienceView::of);
    }

    /** The departments attending a session, to choose the one a petition is for. */
    public List<Department> departments(Long id) {
        AudienceSession s = id == null ? null : em.find(AudienceSession.class, id);
        return s == null ? List.of() : s.getDepartments();
    }

    /** The session's body (whose attention hours the registration form shows). */
    public Optional<Body> bodyOf(Long id) {
        AudienceSession s = id == null ? null : em.find(AudienceSession.class, id);
        return s == null ? Optional.empty() : Optional.of(s.getBody());
    }

    /** The public turn board; empty for an unknown or cancelled session. */
    public Optional<AudienceBoard> board(Long id) {
        AudienceSession s = id == null ? null : em.find(AudienceSession.class, id);
        return s == null || s.getStatus() == AudienceStatus.CANCELLED
                ? Optional.empty()
                : Optional.of(AudienceBoard.of(s));
    }
}
