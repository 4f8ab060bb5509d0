package org.puente.incident;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.organization.Body;

/**
 * The public side of incident notices: the active ones for the banner of every public page (cached, {@link
 * NoticeCache}), the status page's current and past notices, one notice's public timeline, and a body's feed.
 * Only staff-written public texts leave here: never an author, an edit or a staff line.
 */
@Stateless
@PermitAll
public class PublicNotices {

    /** Past notices per page of the status page. */
    public static final int PAGE_SIZE = 10;

    /** Entries of a feed: the latest changed notices. */
    public static final int FEED_ENTRIES = 20;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private NoticeCache cache;

    @Inject
    private Clock clock;

    /** The active notices of every body, newest first (cached). */
    public List<NoticeRow> active() {
        return snapshot().active();
    }

    /** The bodies that have published a notice, each with a feed (cached). */
    public List<NoticeCache.FeedBody> feeds() {
        return snapshot().feeds();
    }

    /** The body of a code, if there is one. */
    public Optional<Body> body(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The resolved notices (of one body, or of all for null), most recent first, one page from 1. */
    public NoticeList past(Body body, int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<IncidentNotice> counted = count.from(IncidentNotice.class);
        count.select(cb.count(counted)).where(resolved(cb, counted, body));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<IncidentNotice> query = cb.createQuery(IncidentNotice.class);
        Root<IncidentNotice> n = query.from(IncidentNotice.class);
        query.select(n).where(resolved(cb, n, body)).orderBy(cb.desc(n.get("startedAt")), cb.desc(n.get("id")));
        List<NoticeRow> rows = em
                .createQuery(query)
                .setFirstResult((number - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(NoticeRow::of)
                .toList();
        return new NoticeList(rows, total, number, PAGE_SIZE);
    }

    /** One notice's public view: its public timeline, no authors. */
    public Optional<NoticeView> notice(Long id) {
        IncidentNotice notice = id == null ? null : em.find(IncidentNotice.class, id);
        return Optional.ofNullable(notice).map(n -> NoticeView.of(n, false));
    }

    /** The notices of a feed (one body's, or every body's for null), the latest changed first. */
    public List<NoticeView> feed(Body body) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<IncidentNotice> query = cb.createQuery(IncidentNotice.class);
        Root<IncidentNotice> n = query.from(IncidentNotice.class);
        if (body != null) {
            query.where(cb.equal(n.get("body"), body));
        }
        query.select(n).orderBy(cb.desc(n.get("updatedAt")), cb.desc(n.get("id")));
        return em.createQuery(query).setMaxResults(FEED_ENTRIES).getResultList().stream()
                .map(x -> NoticeView.of(x, false))
                .toList();
    }

    private NoticeCache.Snapshot snapshot() {
        return cache.get(
                clock.instant(),
                () -> new NoticeCache.Snapshot(
                        em.createNamedQuery("IncidentNotice.active", IncidentNotice.class).getResultList().stream()
                                .map(NoticeRow::of)
                                .toList(),
                        em.createNamedQuery("IncidentNotice.bodies", Body.class).getResultList().stream()
                                .sorted(Comparator.comparing(Body::getName))
                                .map(b -> new NoticeCache.FeedBody(b.getCode(), b.getName()))
                                .toList(),
                        clock.instant()));
    }

    private static Predicate resolved(CriteriaBuilder cb, Root<IncidentNotice> n, Body body) {
        Predicate done = cb.equal(n.get("status"), NoticeStatus.RESUELTO);
        return body == null ? done : cb.and(done, cb.equal(n.get("body"), body));
    }
}
