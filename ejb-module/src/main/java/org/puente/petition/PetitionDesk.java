package org.puente.petition;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/**
 * What the public petition form shows before anything is filed, all of it public: the bodies that take
 * petitions (the municipalities), and their departments to address one to (the attention hours are
 * {@code web.calendar.AttentionHours}).
 */
@Stateless
public class PetitionDesk {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public List<Body> bodies() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .getResultList();
    }

    /** The departments of a body (names only are shown); empty for an unknown body. */
    public List<Department> departments(Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null) {
            return List.of();
        }
        return em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", body)
                .getResultList();
    }
}
