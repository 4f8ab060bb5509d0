package org.puente.communication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.organization.Body;

/**
 * What the public pages' head announces — the bodies with a debunks' feed and with a news feed (cached, {@link
 * FeedBodies}) — and the body a feed's {@code organismo} names.
 */
@Stateless
@PermitAll
public class PublicFeeds {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private FeedBodies cache;

    @Inject
    private Clock clock;

    public List<FeedBodies.Entry> hoaxBodies() {
        return snapshot().hoaxes();
    }

    public List<FeedBodies.Entry> newsBodies() {
        return snapshot().news();
    }

    /** The body of a code, if there is one. */
    public Optional<Body> body(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private FeedBodies.Snapshot snapshot() {
        return cache.get(clock.instant(), () -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<FeedBodies.Entry> hoaxes = entries(em.createQuery(
                            "select distinct h.body from Hoax h where h.status = "
                                    + "org.puente.communication.PublicationStatus.PUBLICADO",
                            Body.class)
                    .getResultList());
            List<FeedBodies.Entry> news = entries(em.createQuery(
                            "select distinct n.body from NewsItem n where n.status = "
                                    + "org.puente.communication.PublicationStatus.PUBLICADO and n.publishAt <= :now",
                            Body.class)
                    .setParameter("now", now)
                    .getResultList());
            return new FeedBodies.Snapshot(hoaxes, news, clock.instant());
        });
    }

    private static List<FeedBodies.Entry> entries(List<Body> bodies) {
        return bodies.stream()
                .sorted(java.util.Comparator.comparing(Body::getName))
                .map(b -> new FeedBodies.Entry(b.getCode(), b.getName()))
                .toList();
    }
}
