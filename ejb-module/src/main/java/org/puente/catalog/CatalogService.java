package org.puente.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.puente.organization.Body;

/** A municipality's public catalogue: its services and its colonias. Public information. */
@Stateless
public class CatalogService {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public List<PublicService> services(Body body) {
        return em.createNamedQuery("PublicService.byBody", PublicService.class)
                .setParameter("body", body).getResultList();
    }

    public List<PublicService> activeServices(Body body) {
        return em.createNamedQuery("PublicService.activeByBody", PublicService.class)
                .setParameter("body", body).getResultList();
    }

    public List<Delegacion> delegaciones(Body body) {
        return em.createNamedQuery("Delegacion.byBody", Delegacion.class).setParameter("body", body).getResultList();
    }

    public List<Colonia> colonias(Body body) {
        return em.createNamedQuery("Colonia.byBody", Colonia.class).setParameter("body", body).getResultList();
    }
}
