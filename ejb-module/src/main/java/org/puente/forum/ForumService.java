package org.puente.forum;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * Forums with experts (seeds 000, 001): open between their dates ({@code EventClock} opens and closes
 * them); citizens with an account start threads and reply; the forum's expert answers officially;
 * pre-moderated forums publish a post once the moderator approves it, post-moderated ones at once;
 * readers flag posts, which brings them to the moderator; after the close the forum is a read-only
 * archive. Public pages show authors by a public name (given name and initial), never an e-mail.
 *
 * <p>Over ~300 lines with the formatter's wrapping: a forum's threads, replies, flags and moderation share one set of checks on the forum's state and the author, kept beside each other.
 */
@Stateless
@PermitAll
public class ForumService {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.forum.postSeconds", defaultValue = "20")
    private int postSeconds;

    // ---------------------------------------------------------------------------------------------
    // Reading (public)

    public ForumView forum(Long eventId) {
        return view(forumEvent(eventId));
    }

    public List<ThreadRow> threads(Long eventId, int first, int max) {
        EngagementEvent forum = forumEvent(eventId);
        return em.createNamedQuery("ForumThread.visible", ForumThread.class)
                .setParameter("event", forum)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultStream()
                .map(ForumService::row)
                .toList();
    }

    public long countThreads(Long eventId) {
        return em.createNamedQuery("ForumThread.countVisible", Long.class)
                .setParameter("event", forumEvent(eventId))
                .getSingleResult();
    }

    /** A public thread (a thread whose opening post is not public yet is not found). */
    public ThreadRow thread(Long threadId) {
        ForumThread t = visibleThread(threadId);
        return row(t);
    }

    public List<PostView> posts(Long threadId, int first, int max) {
        ForumThread t = visibleThread(threadId);
        return em.createNamedQuery("ForumPost.publicOfThread", ForumPost.class)
                .setParameter("thread", t)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultStream()
                .map(ForumService::view)
                .toList();
    }

    public long countPosts(Long threadId) {
        return em.createNamedQuery("ForumPost.countPublicOfThread", Long.class)
                .setParameter("thread", visibleThread(threadId))
                .getSingleResult();
    }

    // ---------------------------------------------------------------------------------------------
    // Writing (citizens with an account, the forum's expert)

    /** Starts a thread with its opening post. */
    public PostReceipt startThread(Long eventId, String title, String body) {
        EngagementEvent forum = forumEvent(eventId);
        UserAccount author = writer(forum);
        requireOpen(forum);
        ForumThread thread = Steps.attempt("forum", () -> new ForumThread(forum, title, author, now()));
        Steps.attempt("forum", () -> ForumPost.requireBody(body));
        requireInterval(author, forum);
        em.persist(thread);
        ForumPost post =
                new ForumPost(thread, author, body, true, isExpert(author, forum), forum.isPreModerated(), now());
        em.persist(post);
        em.flush();
        return new PostReceipt(thread.getId(), post.getId(), post.getStatus());
    }

    /** Replies in a public thread; the forum's expert's replies are official. */
    public PostReceipt reply(Long threadId, String body) {
        ForumThread thread = visibleThread(threadId);
        EngagementEvent forum = thread.getEvent();
        UserAccount author = writer(forum);
        requireOpen(forum);
        Steps.attempt("forum", () -> ForumPost.requireBody(body));
        requireInterval(author, forum);
        ForumPost post =
                new ForumPost(thread, author, body, false, isExpert(author, forum), forum.isPreModerated(), now());
        em.persist(post);
        em.flush();
        return new PostReceipt(thread.getId(), post.getId(), post.getStatus());
    }

    /** A signed-in reader flags a public post for the moderator (once per reader). */
    public void flag(Long postId, String reason) {
        ForumPost post = postId == null ? null : em.find(ForumPost.class, postId);
        if (post == null || post.getStatus() != PostStatus.PUBLISHED) {
            throw new BusinessException("error.notFound");
        }
        UserAccount reader = scope.caller().orElseThrow(() -> new BusinessException("forum.signInToFlag"));
        if (post.getThread().getEvent().getStatus() != EventStatus.OPEN) {
            throw new BusinessException("forum.closed");
        }
        if (em.createNamedQuery("ForumFlag.count", Long.class)
                        .setParameter("post", post)
                        .setParameter("account", reader)
                        .getSingleResult()
                > 0) {
            throw new BusinessException("forum.flag.already");
        }
        em.persist(new ForumFlag(post, reader, reason, now()));
    }

    // ---------------------------------------------------------------------------------------------
    // The moderator

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public List<ModerationItem> toModerate(Long eventId) {
        return em.createNamedQuery("ForumPost.toModerate", ForumPost.class)
                .setParameter("event", forumEvent(eventId))
                .getResultStream()
                .map(p -> new ModerationItem(
                        p.getId(),
                        p.getThread().getId(),
                        p.getThread().getTitle(),
                        publicName(p.getAuthor()),
                        p.getBody(),
                        p.getStatus(),
                        p.getFlags(),
                        p.getCreatedAt()))
                .toList();
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void approve(Long postId) {
        ForumPost post = moderated(postId);
        Steps.attempt("forum", () -> post.approve(caller(), now()));
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void keep(Long postId) {
        ForumPost post = moderated(postId);
        Steps.attempt("forum", () -> post.keep(caller(), now()));
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void hide(Long postId, String reason) {
        ForumPost post = moderated(postId);
        Steps.attempt("forum", () -> post.hide(caller(), reason, now()));
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void setPreModerated(Long eventId, boolean pre) {
        EngagementEvent forum = forumEvent(eventId);
        Steps.attempt("forum", () -> forum.moderateBefore(pre));
    }

    /** The forums of the last month and the coming ones, soonest first. */
    @RolesAllowed({"MODERADOR", "EXPERTO", "ADMIN"})
    public List<ForumView> staffForums() {
        UserAccount caller = caller();
        boolean all = caller.hasRole(Role.MODERADOR) || caller.hasRole(Role.ADMIN);
        return em.createQuery(
                        "select e from EngagementEvent e where e.kind = org.puente.engagement.EngagementKind.FORUM"
                                + " and e.status <> org.puente.engagement.EventStatus.CANCELLED and e.endsAt > :since"
                                + " order by e.startsAt, e.id",
                        EngagementEvent.class)
                .setParameter("since", now().minusDays(30))
                .getResultStream()
                .filter(e -> all || e.getExpert().equals(caller))
                .map(ForumService::view)
                .toList();
    }

    // ---------------------------------------------------------------------------------------------

    /** How the public sees an author: staff by their name, citizens by given name and initial ("María G."). */
    static String publicName(UserAccount a) {
        if (a.isStaff()) {
            return a.getFullName();
        }
        String[] words = a.getFullName().strip().split("\\s+");
        return words.length == 1
                ? words[0]
                : words[0] + " " + words[1].substring(0, 1).toUpperCase(Locale.ROOT) + ".";
    }

    private UserAccount writer(EngagementEvent forum) {
        UserAccount author = scope.caller().orElseThrow(() -> new BusinessException("forum.signIn"));
        if (!author.hasRole(Role.CIUDADANO) && !isExpert(author, forum)) {
            throw new AccessDeniedException();
        }
        return author;
    }

    private static boolean isExpert(UserAccount account, EngagementEvent forum) {
        return account.equals(forum.getExpert());
    }

    private void requireOpen(EngagementEvent forum) {
        if (forum.getStatus() != EventStatus.OPEN) {
            throw new BusinessException(forum.getStatus() == EventStatus.SCHEDULED ? "forum.notOpen" : "forum.closed");
        }
    }

    private void requireInterval(UserAccount author, EngagementEvent forum) {
        OffsetDateTime last = em.createQuery(
                        "select max(p.createdAt) from ForumPost p where p.author = :author"
                                + " and p.thread.event = :event",
                        OffsetDateTime.class)
                .setParameter("author", author)
                .setParameter("event", forum)
                .getSingleResult();
        if (last != null && now().isBefore(last.plus(Duration.ofSeconds(postSeconds)))) {
            throw new BusinessException("body", "forum.tooSoon", postSeconds);
        }
    }

    private ForumPost moderated(Long postId) {
        ForumPost post = postId == null ? null : em.find(ForumPost.class, postId);
        if (post == null) {
            throw new BusinessException("error.notFound");
        }
        return post;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private EngagementEvent forumEvent(Long eventId) {
        EngagementEvent e = eventId == null ? null : em.find(EngagementEvent.class, eventId);
        if (e == null || e.getKind() != EngagementKind.FORUM || e.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("error.notFound");
        }
        return e;
    }

    private ForumThread visibleThread(Long threadId) {
        ForumThread t = threadId == null ? null : em.find(ForumThread.class, threadId);
        if (t == null || !t.isVisible() || t.getEvent().getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("error.notFound");
        }
        return t;
    }

    private static ForumView view(EngagementEvent e) {
        return new ForumView(
                e.getId(),
                e.getTitle(),
                e.getTopics(),
                e.getBody().getName(),
                e.getExpert().getFullName(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getStatus(),
                e.isPreModerated());
    }

    private static ThreadRow row(ForumThread t) {
        return new ThreadRow(
                t.getId(),
                t.getEvent().getId(),
                t.getTitle(),
                publicName(t.getAuthor()),
                t.getCreatedAt(),
                t.getLastPostAt(),
                t.getPublicPosts());
    }

    private static PostView view(ForumPost p) {
        return new PostView(
                p.getId(), publicName(p.getAuthor()), p.getBody(), p.isOfficial(), p.isOpening(), p.getCreatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
