package org.puente.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.puente.identity.BodyScope;
import org.puente.platform.BusinessException;

/** Bodies and their departments, as the caller may see them. */
@Stateless
public class OrganizationService {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    /** The bodies the caller may see: all for the agency's roles, his own otherwise. */
    public List<Body> visibleBodies() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Body> q = cb.createQuery(Body.class);
        Root<Body> b = q.from(Body.class);
        q.where(scope.restrict(cb, b)).orderBy(cb.asc(b.get("name")));
        return em.createQuery(q).getResultList();
    }

    /** One body, if the caller may see it (refused otherwise). */
    public Body body(Long id) {
        Body body = Optional.ofNullable(id == null ? null : em.find(Body.class, id))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        scope.check(body);
        return body;
    }

    public List<Department> departments(Body body) {
        scope.check(body);
        return em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", body)
                .getResultList();
    }

    /** Municipalities, whose service catalogues are public. */
    public List<Body> municipalities() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .getResultList();
    }
}
