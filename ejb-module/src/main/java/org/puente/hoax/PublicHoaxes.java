package org.puente.hoax;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.puente.communication.Listing;
import org.puente.organization.Body;

/**
 * The public side of hoax debunks: the published ones, newest first, one page at a time; one debunk; a body's
 * feed. A draft never leaves here, nor an author. The public Q&amp;A links its answers to debunks through {@link
 * #find}.
 */
@Stateless
@PermitAll
public class PublicHoaxes {

    public static final int PAGE_SIZE = 10;

    public static final int FEED_ENTRIES = 20;

    private static final String PUBLISHED = "h.status = org.puente.communication.PublicationStatus.PUBLICADO";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** One page (from 1) of the published debunks, the latest published first. */
    public Listing<HoaxRow> list(int page) {
        int number = Math.max(1, page);
        long total = em.createQuery("select count(h) from Hoax h where " + PUBLISHED, Long.class)
                .getSingleResult();
        List<HoaxRow> rows = em
                .createQuery(
                        "select h from Hoax h join fetch h.body where " + PUBLISHED
                                + " order by h.publishedAt desc, h.id desc",
                        Hoax.class)
                .setFirstResult(org.puente.communication.Listing.offset(number, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(HoaxRow::of)
                .toList();
        return new Listing<>(rows, total, number, PAGE_SIZE);
    }

    /** A published debunk, without its history; empty for a draft or none. */
    public Optional<HoaxView> find(Long id) {
        Hoax hoax = id == null ? null : em.find(Hoax.class, id);
        return Optional.ofNullable(hoax).filter(Hoax::isPublished).map(h -> HoaxView.of(h, false));
    }

    /** The published debunks of a feed (one body's, or every body's for null), the latest changed first. */
    public List<HoaxView> feed(Body body) {
        TypedQuery<Hoax> query = em.createQuery(
                "select h from Hoax h where " + PUBLISHED + (body == null ? "" : " and h.body = :body")
                        + " order by h.updatedAt desc, h.id desc",
                Hoax.class);
        if (body != null) {
            query.setParameter("body", body);
        }
        return query.setMaxResults(FEED_ENTRIES).getResultList().stream()
                .map(h -> HoaxView.of(h, false))
                .toList();
    }
}
