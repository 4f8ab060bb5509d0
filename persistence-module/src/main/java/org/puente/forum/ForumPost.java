package org.puente.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.puente.moderation.Moderation;
import org.puente.platform.RuleViolation;

/**
 * A post of a forum thread. In a pre-moderated forum it waits for the moderator; otherwise it is
 * public at once. Readers' flags send a public post to the moderator, who keeps it (the flags are
 * cleared) or hides it with a reason. The forum's expert writes official posts.
 */
@Entity
@Table(name = "forum_post")
@NamedQuery(
        name = "ForumPost.publicOfThread",
        query = "select p from ForumPost p where p.thread = :thread"
                + " and p.status = org.puente.forum.PostStatus.PUBLISHED order by p.createdAt, p.id")
@NamedQuery(
        name = "ForumPost.countPublicOfThread",
        query = "select count(p) from ForumPost p where p.thread = :thread"
                + " and p.status = org.puente.forum.PostStatus.PUBLISHED")
@NamedQuery(
        name = "ForumPost.toModerate",
        query = "select p from ForumPost p where p.thread.event = :event and"
                + " (p.status = org.puente.forum.PostStatus.PENDING or (p.status = org.puente.forum.PostStatus.PUBLISHED"
                + " and p.flags > 0)) order by p.createdAt, p.id")
public class ForumPost {

    public static final int MAX_BODY = 4000;
    public static final int MAX_REASON = Moderation.MAX_REASON;

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

    /** The moderator's last decision on the post (its reason is why he hid it). */
    @Embedded
    @AttributeOverride(name = "reason", column = @Column(name = "hide_reason", length = MAX_REASON))
    private Moderation moderation;

    @Version
    private int version;

    protected ForumPost() {}

    /**
     * A new post: pending in a pre-moderated forum, public otherwise; the expert's posts are
     * official and public at once (the agency confirmed him).
     */
    public ForumPost(
            ForumThread thread,
            UserAccount author,
            String body,
            boolean opening,
            boolean official,
            boolean preModerated,
            OffsetDateTime now) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.author = Objects.requireNonNull(author, "author");
        this.body = requireBody(body);
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

    /** A post's text: 1 to {@link #MAX_BODY} characters once stripped (field "body"). */
    public static String requireBody(String body) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) {
            throw new RuleViolation("body", "forum.body.required");
        }
        if (b.length() > MAX_BODY) {
            throw new RuleViolation("body", "forum.body.tooLong", MAX_BODY);
        }
        return b;
    }

    /** The moderator publishes a pending post. */
    public void approve(UserAccount by, OffsetDateTime now) {
        if (status != PostStatus.PENDING) {
            throw alreadyModerated();
        }
        status = PostStatus.PUBLISHED;
        moderation = Moderation.by(by, now);
        thread.published(this, now);
    }

    /** The moderator keeps a flagged post: its flags are cleared. */
    public void keep(UserAccount by, OffsetDateTime now) {
        if (status != PostStatus.PUBLISHED || flags == 0) {
            throw alreadyModerated();
        }
        flags = 0;
        moderation = Moderation.by(by, now);
    }

    /** The moderator hides a pending or public post, with a reason. */
    public void hide(UserAccount by, String reason, OffsetDateTime now) {
        Moderation decision = Moderation.withReason(by, reason, now, "forum.hide.reason", "forum.hide.reasonTooLong");
        if (status == PostStatus.HIDDEN) {
            throw alreadyModerated();
        }
        if (status == PostStatus.PUBLISHED) {
            thread.unpublished(this);
        }
        status = PostStatus.HIDDEN;
        moderation = decision;
    }

    /** Another moderator decided first (or the step does not fit the post): the moderator reads so. */
    private static RuleViolation alreadyModerated() {
        return new RuleViolation("forum.moderation.forbidden");
    }

    /** A reader flagged the post (each reader once; the service checks that). */
    public void flagged() {
        if (status != PostStatus.PUBLISHED) {
            throw new IllegalStateException("Only public posts are flagged");
        }
        flags++;
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

    /** Why the moderator hid the post; null while it is not hidden. */
    public String getHideReason() {
        return status == PostStatus.HIDDEN && moderation != null ? moderation.getReason() : null;
    }

    public OffsetDateTime getModeratedAt() {
        return moderation == null ? null : moderation.getModeratedAt();
    }

    public UserAccount getModerator() {
        return moderation == null ? null : moderation.getModerator();
    }
}
