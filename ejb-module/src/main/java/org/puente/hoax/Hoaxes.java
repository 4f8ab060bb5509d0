package org.puente.hoax;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.communication.CommunicationChanged;
import org.puente.communication.Listing;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The staff side of hoax debunks: a body's communication staff (and the administrator, for any body) list, write,
 * correct, publish and withdraw them; each step is the debunk's own verb, a line of its history and of the audit
 * log.
 */
@Stateless
@RolesAllowed({"COMUNICACION", "ADMIN"})
public class Hoaxes {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<CommunicationChanged> changed;

    @EJB
    private AuditLog audit;

    /** The bodies the caller writes for: his own, or every body for the administrator. */
    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** One page (from 1) of the debunks of the bodies the caller sees, newest first. */
    public Listing<HoaxRow> list(int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Hoax> counted = count.from(Hoax.class);
        count.select(cb.count(counted)).where(scope.restrict(cb, counted.get("body")));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<Hoax> query = cb.createQuery(Hoax.class);
        Root<Hoax> h = query.from(Hoax.class);
        query.select(h)
                .where(scope.restrict(cb, h.get("body")))
                .orderBy(cb.desc(h.get("createdAt")), cb.desc(h.get("id")));
        List<HoaxRow> rows = em
                .createQuery(query)
                .setFirstResult(org.puente.communication.Listing.offset(number, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(HoaxRow::of)
                .toList();
        return new Listing<>(rows, total, number, PAGE_SIZE);
    }

    /** A debunk of a body the caller sees, with its history (403 otherwise, not found for none). */
    public HoaxView detail(long id) {
        return HoaxView.of(load(id), true);
    }

    /** Writes a draft. Every broken rule comes back at once, each on its field. */
    public long create(HoaxForm form) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            throw new InvalidInputException(List.of(new BusinessException("body", "hoax.body.required")));
        }
        scope.check(body);
        HoaxContent content = check(form, body);
        Hoax hoax = Steps.attempt("hoax", () -> new Hoax(body, content, caller(), now()));
        em.persist(hoax);
        em.flush();
        done(hoax, "created " + hoax.getVerdict());
        return hoax.getId();
    }

    /** Corrects the debunk (published or not). */
    public HoaxView edit(long id, HoaxForm form) {
        Hoax hoax = load(id);
        HoaxContent content = check(form, hoax.getBody());
        Steps.attempt("hoax", () -> hoax.edit(content, caller(), now()));
        done(hoax, "edited " + hoax.getVerdict());
        return HoaxView.of(hoax, true);
    }

    public HoaxView publish(long id) {
        Hoax hoax = load(id);
        Steps.attempt("hoax", () -> hoax.publish(caller(), now()));
        done(hoax, "published");
        return HoaxView.of(hoax, true);
    }

    public HoaxView withdraw(long id) {
        Hoax hoax = load(id);
        Steps.attempt("hoax", () -> hoax.withdraw(caller(), now()));
        done(hoax, "withdrawn");
        return HoaxView.of(hoax, true);
    }

    private HoaxContent check(HoaxForm form, Body body) {
        HoaxContent content = form.content();
        List<BusinessException> problems =
                content.problems(now().atZoneSameInstant(body.getTimeZone()).toLocalDate()).stream()
                        .map(Steps::refusal)
                        .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return content;
    }

    private void done(Hoax hoax, String detail) {
        audit.record(AuditAction.HOAX_CHANGED, "Hoax", String.valueOf(hoax.getId()), detail);
        changed.fire(new CommunicationChanged("hoax", hoax.getId()));
    }

    private Hoax load(long id) {
        Hoax hoax = em.find(Hoax.class, id);
        if (hoax == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(hoax.getBody());
        return hoax;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
