package org.puente.petition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.puente.casework.Folio;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * Who may open which petitions: the body rule of {@link BodyScope}, then the petition's own answer
 * ({@link Petition#worksIt}); and the same rule as a query condition for the queue and the export: the
 * intake desk and a manager see their body's, an agent his department's. ARCO requests are never in this
 * queue: the data-protection officer works them on his own desk.
 */
@RequestScoped
public class PetitionAccess {

    @Inject
    private BodyScope scope;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** The petition, if the caller works it: unknown ones are "not found", others' are refused. */
    public Petition petition(Long id) {
        Petition p = id == null ? null : em.find(Petition.class, id);
        if (p == null) {
            throw new BusinessException("error.notFound");
        }
        check(p);
        return p;
    }

    /** The petition of this folio (typed in any case, with or without zeros), as {@link #petition}. */
    public Petition byFolio(String folio) {
        if (!Folio.looksLikeOne(folio)) {
            throw new BusinessException("error.notFound");
        }
        Petition p = em.createNamedQuery("Petition.byFolio", Petition.class)
                .setParameter("folio", Folio.parse(folio).toString())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        check(p);
        return p;
    }

    public void check(Petition p) {
        scope.check(p.getBody());
        if (!p.worksIt(caller())) {
            throw new AccessDeniedException();
        }
    }

    /** The condition that keeps the petitions the caller works, as {@link Petition#worksIt} says one by one. */
    public Predicate restrict(CriteriaBuilder cb, Root<Petition> p) {
        UserAccount caller = caller();
        @SuppressWarnings("unchecked")
        Path<Body> body = (Path<Body>) (Path<?>) p.get("body");
        Predicate byBody = cb.and(scope.restrict(cb, body), cb.notEqual(p.get("type"), PetitionType.ARCO));
        if (caller.hasRole(Role.ADMIN)) {
            return byBody;
        }
        Body own = caller.getBody();
        if (own == null) {
            return cb.disjunction();
        }
        Path<Department> department = p.get("department");
        Department mine = caller.getDepartment();
        List<Predicate> any = new ArrayList<>();
        if (caller.hasRole(Role.OPERADOR)) {
            any.add(cb.conjunction());
        }
        if (caller.hasRole(Role.GERENTE)) {
            any.add(cb.conjunction());
        }
        if (caller.hasRole(Role.AGENTE) && mine != null) {
            any.add(cb.equal(department, mine));
        }
        return cb.and(byBody, cb.equal(body, own), cb.or(any.toArray(Predicate[]::new)));
    }

    public UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }
}
