package org.puente.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.security.Principal;
import java.util.Optional;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;

/**
 * The one place that decides which bodies' data the caller may see: every staff member sees his
 * own body's data, the agency's roles see every body's. Services restrict their queries with
 * {@link #restrict} and check single records with {@link #check}; none writes the rule again.
 */
@RequestScoped
public class BodyScope {

    @Inject
    private Principal principal;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    private UserAccount caller;
    private boolean resolved;

    /** The signed-in account, if any. */
    public Optional<UserAccount> caller() {
        if (!resolved) {
            resolved = true;
            String name = principal == null ? null : principal.getName();
            if (name != null && !name.isBlank() && !"ANONYMOUS".equals(name)) {
                caller = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                        .setParameter("username", name)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
            }
        }
        return Optional.ofNullable(caller);
    }

    /** True for the agency's roles, which work across bodies. */
    public boolean seesEveryBody() {
        return caller().map(UserAccount::isAgencyWide).orElse(false);
    }

    /** The caller's own body; refused to anyone without one (anonymous visitors, citizens). */
    public Body ownBody() {
        return caller().map(UserAccount::getBody).orElseThrow(AccessDeniedException::new);
    }

    public boolean canSee(Body body) {
        return seesEveryBody()
                || caller().map(UserAccount::getBody).map(body::equals).orElse(false);
    }

    /** Refuses when the caller may not see data of this body. */
    public void check(Body body) {
        if (!canSee(body)) {
            throw new AccessDeniedException();
        }
    }

    /** A query condition that keeps only rows of the bodies the caller may see. */
    public Predicate restrict(CriteriaBuilder cb, Path<Body> body) {
        if (seesEveryBody()) {
            return cb.conjunction();
        }
        Optional<Body> own = caller().map(UserAccount::getBody);
        return own.isPresent() ? cb.equal(body, own.get()) : cb.disjunction();
    }
}
