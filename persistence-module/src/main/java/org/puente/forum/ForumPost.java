package org.puente.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;

/**
 * A post of a forum thread. In a pre-moderated forum it waits for the moderator; otherwise it is
 * public at once. Readers' flags send a public post to the moderator, who keeps it (the flags are
 * cleared) or hides it with a reason. The forum's expert writes official posts.
 */
@Entity
@Table(name = "forum_post")
@NamedQuery(name = "ForumPost.publicOfThread", query = "select p from ForumPost p where p.thread = :thread"
        + " and p.status = org.puente.forum.PostStatus.PUBLISHED order by p.createdAt, p.id")
@NamedQuery(name = "ForumPost.countPublicOfThread", query = "select count(p) from ForumPost p where p.thread = :thread"
        + " and p.status = org.puente.forum.PostStatus.PUBLISHED")
@NamedQuery(name = "ForumPost.toModerate", query = "select p from ForumPost p where p.thread.event = :event and"
        + " (p.status = org.puente.forum.PostStatus.PENDING or (p.status = org.puente.forum.PostStatus.PUBLISHED"
        + " and p.flags > 0)) order by p.createdAt, p.id")
public class ForumPost {

    public static final int MAX_BODY = 4000;
    public static final int MAX_REASON = 300;

    @Id
    @SequenceGenerator(name = "forum_post_seq", sequenceName = "forum_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "thread_id", nullable = false)
    private ForumThread thread;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false)
    private boolean official;

    @Column(nullable = false)
    private boolean opening;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostStatus status;

    @Column(nullable = false)
    private int flags;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @ManyToOne
    @JoinColumn(name = "moderator_id")
    private UserAccount moderator;

    @Column(name = "hide_reason", length = MAX_REASON)
    private String hideReason;

    @Version
    private int version;

    protected ForumPost() {
    }

    /**
     * A new post: pending in a pre-moderated forum, public otherwise; the expert's posts are
     * official and public at once (the agency confirmed him).
     */
    public ForumPost(ForumThread thread, UserAccount author, String body, boolean opening, boolean official,
                     boolean preModerated, OffsetDateTime now) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.author = Objects.requireNonNull(author, "author");
        String b = body == null ? "" : body.strip();
        if (b.isEmpty() || b.length() > MAX_BODY) {
            throw new IllegalArgumentException("A post of 1 to " + MAX_BODY + " characters");
        }
        this.body = b;
        this.opening = opening;
        this.official = official;
        this.createdAt = now;
        if (preModerated && !official) {
            status = PostStatus.PENDING;
        } else {
            status = PostStatus.PUBLISHED;
            thread.published(this, now);
        }
    }

    /** The moderator publishes a pending post. */
    public void approve(UserAccount by, OffsetDateTime now) {
        if (status != PostStatus.PENDING) {
            throw new IllegalStateException("Only a pending post is approved");
        }
        status = PostStatus.PUBLISHED;
        moderated(by, now);
        thread.published(this, now);
    }

    /** The moderator keeps a flagged post: its flags are cleared. */
    public void keep(UserAccount by, OffsetDateTime now) {
        if (status != PostStatus.PUBLISHED || flags == 0) {
            throw new IllegalStateException("Only a flagged public post is kept");
        }
        flags = 0;
        moderated(by, now);
    }

    /** The moderator hides a pending or public post, with a reason. */
    public void hide(UserAccount by, String reason, OffsetDateTime now) {
        if (status == PostStatus.HIDDEN) {
            throw new IllegalStateException("The post is already hidden");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason of 1 to " + MAX_REASON + " characters");
        }
        if (status == PostStatus.PUBLISHED) {
            thread.unpublished(this);
        }
        status = PostStatus.HIDDEN;
        hideReason = r;
        moderated(by, now);
    }

    /** A reader flagged the post (each reader once; the service checks that). */
    public void flagged() {
        if (status != PostStatus.PUBLISHED) {
            throw new IllegalStateException("Only public posts are flagged");
        }
        flags++;
    }

    private void moderated(UserAccount by, OffsetDateTime now) {
        moderator = by;
        moderatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ForumThread getThread() {
        return thread;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isOfficial() {
        return official;
    }

    public boolean isOpening() {
        return opening;
    }

    public PostStatus getStatus() {
        return status;
    }

    public int getFlags() {
        return flags;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getHideReason() {
        return hideReason;
    }
}
