package org.puente.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.communication.CommunicationChanged;
import org.puente.communication.Listing;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The staff side of news and programmes: a body's communication staff (and the administrator, for any body)
 * list, write, correct, publish and withdraw items and replace their image; each step is the item's own verb, a
 * line of its history and of the audit log. An image is re-encoded before anything is saved, and a refused one
 * saves nothing.
 */
@Stateless
@RolesAllowed({"COMUNICACION", "ADMIN"})
public class NewsItems {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<CommunicationChanged> changed;

    @EJB
    private AuditLog audit;

    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** One page (from 1) of the items of the bodies the caller sees, the latest time first. */
    public Listing<NewsRow> list(int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<NewsItem> counted = count.from(NewsItem.class);
        count.select(cb.count(counted)).where(scope.restrict(cb, counted.get("body")));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<NewsItem> query = cb.createQuery(NewsItem.class);
        Root<NewsItem> n = query.from(NewsItem.class);
        query.select(n)
                .where(scope.restrict(cb, n.get("body")))
                .orderBy(cb.desc(n.get("publishAt")), cb.desc(n.get("id")));
        OffsetDateTime now = now();
        List<NewsRow> rows = em
                .createQuery(query)
                .setFirstResult(org.puente.communication.Listing.offset(number, PAGE_SIZE))
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(x -> NewsRow.of(x, now))
                .toList();
        return new Listing<>(rows, total, number, PAGE_SIZE);
    }

    public NewsView detail(long id) {
        return NewsView.of(load(id), now(), true);
    }

    /** Writes a draft, with its image if one was chosen. Every broken rule comes back at once. */
    public long create(NewsForm form, byte[] image) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            throw new InvalidInputException(List.of(new BusinessException("body", "news.body.required")));
        }
        scope.check(body);
        Checked checked = check(form, body, image);
        NewsItem item = Steps.attempt("news", () -> new NewsItem(body, checked.content(), caller(), now()));
        checked.image().ifPresent(i -> item.replaceImage(i, caller(), now()));
        em.persist(item);
        em.flush();
        done(item, "created " + item.getCategory() + (checked.image().isPresent() ? " with image" : ""));
        return item.getId();
    }

    /** Corrects the item; a new image replaces the earlier one. */
    public NewsView edit(long id, NewsForm form, byte[] image) {
        NewsItem item = load(id);
        Checked checked = check(form, item.getBody(), image);
        Steps.attempt("news", () -> item.edit(checked.content(), caller(), now()));
        checked.image().ifPresent(i -> item.replaceImage(i, caller(), now()));
        em.flush();
        done(item, "edited" + (checked.image().isPresent() ? " with a new image" : ""));
        return NewsView.of(item, now(), true);
    }

    public NewsView publish(long id) {
        NewsItem item = load(id);
        Steps.attempt("news", () -> item.publish(caller(), now()));
        done(item, "published for " + item.getPublishAt());
        return NewsView.of(item, now(), true);
    }

    public NewsView withdraw(long id) {
        NewsItem item = load(id);
        Steps.attempt("news", () -> item.withdraw(caller(), now()));
        done(item, "withdrawn");
        return NewsView.of(item, now(), true);
    }

    /** The image of an item of a body the caller sees (a draft's too, for its preview). */
    public Optional<NewsImage> image(long id) {
        return Optional.ofNullable(load(id).getImage());
    }

    private record Checked(NewsContent content, Optional<NewsImage> image) {}

    private Checked check(NewsForm form, Body body, byte[] upload) {
        OffsetDateTime at = form.publishAt() == null
                ? now()
                : form.publishAt().atZone(body.getTimeZone()).toOffsetDateTime();
        NewsContent content = new NewsContent(form.title(), form.summary(), form.html(), form.category(), at);
        List<BusinessException> problems =
                new ArrayList<>(content.problems().stream().map(Steps::refusal).toList());
        NewsImage image = null;
        try {
            image = NewsImages.clean(upload);
        } catch (BusinessException refused) {
            problems.add(refused);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(content, Optional.ofNullable(image));
    }

    private void done(NewsItem item, String detail) {
        audit.record(AuditAction.NEWS_CHANGED, "NewsItem", String.valueOf(item.getId()), detail);
        changed.fire(new CommunicationChanged("news", item.getId()));
    }

    private NewsItem load(long id) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(item.getBody());
        return item;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
