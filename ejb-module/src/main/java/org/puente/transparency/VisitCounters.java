package org.puente.transparency;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;

/**
 * Writes the page-view counters: each counter in a transaction of its own, as "add n to the row, or
 * create it". Two nodes may both find no row and insert; the unique key refuses the second, whose
 * transaction rolls back, and {@link PageViews} tries it again, which then finds the row.
 */
@Stateless
public class VisitCounters {

    /** One counter: a day, a page, and the classes of the views. */
    public record Key(LocalDate day, String path, DeviceClass device, OsFamily os, BrowserFamily browser) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** Adds the views to the counter, creating it when it is the first of its day. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(Key key, long views) {
        int updated = em.createQuery("update PageViewCount c set c.views = c.views + :views where c.day = :day"
                        + " and c.path = :path and c.device = :device and c.os = :os and c.browser = :browser")
                .setParameter("views", views)
                .setParameter("day", key.day())
                .setParameter("path", key.path())
                .setParameter("device", key.device())
                .setParameter("os", key.os())
                .setParameter("browser", key.browser())
                .executeUpdate();
        if (updated == 0) {
            em.persist(new PageViewCount(key.day(), key.path(), key.device(), key.os(), key.browser(), views));
            em.flush();
        }
    }

    /**
     * The installation's time zone, in which a view's day is counted: the agency's (which runs the
     * installation), else the first municipality's; empty while no body exists.
     */
    public Optional<ZoneId> installationZone() {
        for (BodyKind kind : new BodyKind[] {BodyKind.AGENCIA, BodyKind.MUNICIPIO}) {
            Optional<Body> body = em.createNamedQuery("Body.byKind", Body.class)
                    .setParameter("kind", kind)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (body.isPresent()) {
                return Optional.of(body.get().getTimeZone());
            }
        }
        return Optional.empty();
    }
}
