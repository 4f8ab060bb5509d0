package org.puente.arco;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.CaseClocks;
import org.puente.casework.LegalClock;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.petition.ArcoRight;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChanged;
import org.puente.petition.PetitionEntry;
import org.puente.petition.PetitionStatus;
import org.puente.petition.PetitionType;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.Bundles;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.platform.Steps;

/**
 * The ARCO desk of the data-protection officer (an administrator): the requests with their light and due
 * date, and each one's steps — the answer ({@link Petition#respond}), the one extension, the prevención, and
 * carrying the right out within the execution term after the answer. A cancellation carried out blocks and
 * then anonymises the person everywhere ({@link PersonalDataErasure}). Every step is written to the audit log
 * and fires {@link PetitionChanged}, which the e-mails observe.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ArcoDesk {

    public static final int PAGE_SIZE = 20;

    /** One page of the list and how many there are in all. */
    public record Page(List<ArcoRow> rows, long total) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CaseClocks clocks;

    @EJB
    private PersonalDataErasure erasure;

    @Inject
    private BodyScope scope;

    @Inject
    private AuditLog audit;

    @Inject
    private Links links;

    @Inject
    private Clock clock;

    @Inject
    private Event<PetitionChanged> changes;

    /** The requests, newest first, a page at a time (page 0 is the first). */
    public Page list(int page) {
        int first = Math.max(0, page) * PAGE_SIZE;
        long total = em.createQuery("select count(p) from Petition p where p.type = :arco", Long.class)
                .setParameter("arco", PetitionType.ARCO)
                .getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ArcoRow> rows = em.createQuery(
                        "select p from Petition p where p.type = :arco order by p.clock.receivedAt desc, p.id desc",
                        Petition.class)
                .setParameter("arco", PetitionType.ARCO)
                .setFirstResult(first)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .filter(p -> scope.canSee(p.getBody()))
                .map(p -> new ArcoRow(
                        p.getId(),
                        p.getFolio(),
                        p.getBody().getName(),
                        p.getArcoRight(),
                        state(p),
                        p.getClock().lightAt(now),
                        p.getReceivedAt(),
                        p.getClock().getDueAt(),
                        executionDue(p),
                        p.getBody().getTimeZone()))
                .toList();
        return new Page(rows, total);
    }

    /** One request as the desk works it; opening it is audited, since it shows who filed it. */
    public ArcoCase open(long id) {
        Petition p = load(id);
        UserAccount me = actor();
        audit.record(AuditAction.ARCO_REQUEST_VIEWED, "petition", p.getFolio(), null);
        boolean answered = p.getStatus() == PetitionStatus.RESPONDIDA;
        return new ArcoCase(
                p.getId(),
                p.getFolio(),
                p.getBody().getName(),
                p.getArcoRight(),
                state(p),
                p.getClock().lightAt(OffsetDateTime.now(clock)),
                p.getSubject(),
                p.getText(),
                p.getContact() == null ? null : p.getContact().getName(),
                p.getContact() == null ? null : p.getContact().getEmail(),
                p.getContact() == null ? null : p.getContact().getPhone(),
                p.getCitizen() == null ? null : p.getCitizen().getUsername(),
                p.getReceivedAt(),
                p.getClock().getDueAt(),
                p.getResponse(),
                p.getRespondedAt(),
                executionDue(p),
                p.getCarriedOutAt(),
                List.copyOf(p.stepsFor(me)),
                answered && p.getCarriedOutAt() == null,
                p.getClock().clock().terms().extensionMax(),
                p.getHistory().stream()
                        .map(e -> new ArcoCase.Entry(e.getKind(), e.getAt(), e.getActorUnit(), e.getText()))
                        .toList(),
                p.getBody().getTimeZone());
    }

    /**
     * The answer, which stops the answer clock and starts the execution term. For access with an account,
     * the answer tells him where his data is downloaded.
     */
    public void respond(long id, String answer) {
        Petition p = load(id);
        String text = answer;
        if (p.getArcoRight() == ArcoRight.ACCESO && p.getCitizen() != null && answer != null && !answer.isBlank()) {
            text = answer.strip() + "\n\n"
                    + Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.access.link", links.to("/mi-cuenta"));
        }
        String answered = text;
        Steps.attempt("petition", () -> p.respond(legal(p), answered, actor(), now()));
        changed(p, PetitionEntry.Kind.RESPONDED, "answered");
    }

    /** The one extension of the term, before the due date, with the reason the citizen is sent. */
    public void extend(long id, int days, String reason) {
        Petition p = load(id);
        Steps.attempt("petition", () -> p.extend(legal(p), days, reason, actor(), now()));
        changed(p, PetitionEntry.Kind.EXTENDED, "extended");
    }

    /** A prevención: what the citizen must add (his identity proof, say); the clock stops until he answers. */
    public void prevent(long id, String request) {
        Petition p = load(id);
        Steps.attempt("petition", () -> p.prevent(legal(p), request, actor(), now()));
        changed(p, PetitionEntry.Kind.PREVENTION, "prevention");
    }

    /**
     * Carries out an answered access or opposition request: access is his download (linked in the answer);
     * opposition is recorded as answered, since Puente processes no data of a citizen beyond what its
     * services need (there is no marketing or profiling to stop).
     */
    public void carryOut(long id) {
        Petition p = load(id);
        ArcoRight right = p.getArcoRight();
        if (right == ArcoRight.CANCELACION || right == ArcoRight.RECTIFICACION) {
            throw new BusinessException("arco.carryOut.ownStep");
        }
        carried(p, "arco.carried." + right);
    }

    /** Applies an answered rectification to the filer's account (name and e-mail, as he would himself). */
    public void carryOutRectification(long id, String fullName, String email) {
        Petition p = load(id);
        if (p.getArcoRight() != ArcoRight.RECTIFICACION) {
            throw new BusinessException("arco.carryOut.ownStep");
        }
        requireToCarryOut(p);
        UserAccount citizen = p.getCitizen();
        if (citizen != null) {
            String newEmail = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
            if (newEmail != null
                    && !newEmail.equals(citizen.getEmail())
                    && !em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                            .setParameter("email", newEmail)
                            .getResultList()
                            .isEmpty()) {
                throw new BusinessException("email", "registration.email.taken");
            }
            if (newEmail != null && !org.puente.platform.EmailAddress.isValid(newEmail)) {
                throw new BusinessException("email", "registration.email.invalid");
            }
            Steps.attempt("account", () -> citizen.correctOwnData(fullName, newEmail));
            audit.record(AuditAction.PERSONAL_DATA_CORRECTED, "petition", p.getFolio(), "fullName email");
        }
        carried(p, "arco.carried.RECTIFICACION");
    }

    /**
     * Carries out an answered cancellation: the request's history says so (the officer's unit), then the
     * person is blocked and anonymised everywhere in the same transaction; the audit line names the request
     * and the counts, never the person.
     */
    public Erasure carryOutCancellation(long id) {
        Petition p = load(id);
        if (p.getArcoRight() != ArcoRight.CANCELACION) {
            throw new BusinessException("arco.carryOut.ownStep");
        }
        requireToCarryOut(p);
        UserAccount me = actor();
        OffsetDateTime now = now();
        Steps.attempt(
                "petition",
                () -> p.carriedOut(
                        me, now, Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.carried.CANCELACION")));
        Erasure done = erasure.erase(p, now);
        audit.record(AuditAction.PERSONAL_DATA_CANCELLED, "petition", p.getFolio(), done.summary());
        changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.CARRIED_OUT));
        return done;
    }

    private void carried(Petition p, String key) {
        requireToCarryOut(p);
        Steps.attempt(
                "petition", () -> p.carriedOut(actor(), now(), Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, key)));
        changed(p, PetitionEntry.Kind.CARRIED_OUT, "carried out");
    }

    private static void requireToCarryOut(Petition p) {
        if (p.getStatus() != PetitionStatus.RESPONDIDA || p.getCarriedOutAt() != null) {
            throw new BusinessException("petition.arco.notToCarryOut");
        }
    }

    private void changed(Petition p, PetitionEntry.Kind kind, String what) {
        audit.record(AuditAction.ARCO_REQUEST_CHANGED, "petition", p.getFolio(), what);
        changes.fire(new PetitionChanged(p.getId(), kind));
    }

    /** When an answered request must be carried out; null before the answer or under terms without it. */
    private OffsetDateTime executionDue(Petition p) {
        if (p.getStatus() != PetitionStatus.RESPONDIDA) {
            return null;
        }
        try {
            return p.getClock().clock().executionDue(legal(p));
        } catch (IllegalStateException noExecutionTerm) {
            return null;
        }
    }

    private static String state(Petition p) {
        return p.getCarriedOutAt() != null ? "EJECUTADA" : p.getStatus().name();
    }

    private Petition load(long id) {
        Petition p = em.find(Petition.class, id);
        if (p == null || p.getType() != PetitionType.ARCO) {
            throw new BusinessException("error.notFound");
        }
        scope.check(p.getBody());
        return p;
    }

    private UserAccount actor() {
        return scope.caller().map(a -> em.find(UserAccount.class, a.getId())).orElseThrow(AccessDeniedException::new);
    }

    private LegalClock legal(Petition p) {
        return clocks.clockOf(p.getBody());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
