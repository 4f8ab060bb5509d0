package org.puente.news;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.puente.communication.Listing;
import org.puente.organization.Body;

/**
 * The public side of news and programmes: the items out (published, their time come), the latest first, by
 * category; one item; its image; a body's feed. A draft or a scheduled item never leaves here, nor an author.
 */
@Stateless
@PermitAll
public class PublicNews {

    public static final int PAGE_SIZE = 10;

    public static final int FEED_ENTRIES = 20;

    private static final String OUT =
            "n.status = org.puente.communication.PublicationStatus.PUBLICADO and n.publishAt <= :now";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One page (from 1) of the items out, of one category or all (null), the latest first. */
    public Listing<NewsRow> list(NewsCategory category, int page) {
        int number = Math.max(1, page);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String where = " where " + OUT + (category == null ? "" : " and n.category = :category");
        TypedQuery<Long> count = em.createQuery("select count(n) from NewsItem n" + where, Long.class);
        TypedQuery<NewsItem> query = em.createQuery(
                "select n from NewsItem n join fetch n.body" + where + " order by n.publishAt desc, n.id desc",
                NewsItem.class);
        count.setParameter("now", now);
        query.setParameter("now", now);
        if (category != null) {
            count.setParameter("category", category);
            query.setParameter("category", category);
        }
        List<NewsRow> rows = query
                .setFirstResult(org.puente.communication.Listing.offset(number, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(n -> NewsRow.of(n, now))
                .toList();
        return new Listing<>(rows, count.getSingleResult(), number, PAGE_SIZE);
    }

    /** An item out, without its history; empty for a draft, a scheduled item or none. */
    public Optional<NewsView> find(Long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NewsItem item = id == null ? null : em.find(NewsItem.class, id);
        return Optional.ofNullable(item).filter(n -> n.isVisibleAt(now)).map(n -> NewsView.of(n, now, false));
    }

    /** The image of an item out; empty otherwise. */
    public Optional<NewsImage> image(Long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NewsItem item = id == null ? null : em.find(NewsItem.class, id);
        return Optional.ofNullable(item).filter(n -> n.isVisibleAt(now)).map(NewsItem::getImage);
    }

    /** The items out of a feed (one body's, or every body's for null), the latest changed first. */
    public List<NewsView> feed(Body body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        TypedQuery<NewsItem> query = em.createQuery(
                "select n from NewsItem n where " + OUT + (body == null ? "" : " and n.body = :body")
                        + " order by n.updatedAt desc, n.id desc",
                NewsItem.class);
        query.setParameter("now", now);
        if (body != null) {
            query.setParameter("body", body);
        }
        return query.setMaxResults(FEED_ENTRIES).getResultList().stream()
                .map(n -> NewsView.of(n, now, false))
                .toList();
    }
}
