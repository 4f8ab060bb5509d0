package org.puente.engagement;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;

/**
 * The agency body, whose calendar, time zone and folio code the chats and forums follow: the one
 * place that looks it up.
 */
@Stateless
public class AgencyBody {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public Body get() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.AGENCIA)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No agency body"));
    }
}
