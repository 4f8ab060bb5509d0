package org.puente.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.identity.UserAccount;
import org.puente.platform.RuleViolation;

/** A thread of a forum: a title and its opening post, then replies. Public once its opening post is. */
@Entity
@Table(name = "forum_thread")
@NamedQuery(
        name = "ForumThread.visible",
        query = "select t from ForumThread t where t.event = :event"
                + " and t.visible = true order by t.lastPostAt desc, t.id desc")
@NamedQuery(
        name = "ForumThread.countVisible",
        query = "select count(t) from ForumThread t where t.event = :event" + " and t.visible = true")
public class ForumThread {

    public static final int MAX_TITLE = 150;

    @Id
    @SequenceGenerator(name = "forum_thread_seq", sequenceName = "forum_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_thread_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private EngagementEvent event;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_post_at", nullable = false)
    private OffsetDateTime lastPostAt;

    @Column(name = "public_posts", nullable = false)
    private int publicPosts;

    @Column(nullable = false)
    private boolean visible;

    @Version
    private int version;

    protected ForumThread() {}

    public ForumThread(EngagementEvent forum, String title, UserAccount author, OffsetDateTime now) {
        if (forum.getKind() != EngagementKind.FORUM) {
            throw new IllegalArgumentException("Threads belong to forums");
        }
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new RuleViolation("title", "forum.title.required");
        }
        if (t.length() > MAX_TITLE) {
            throw new RuleViolation("title", "forum.title.tooLong", MAX_TITLE);
        }
        this.event = forum;
        this.title = t;
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = now;
        this.lastPostAt = now;
    }

    /** A post of the thread became public (or stopped being): the counts follow. */
    void published(ForumPost post, OffsetDateTime now) {
        publicPosts++;
        if (post.isOpening()) {
            visible = true;
        }
        if (now.isAfter(lastPostAt)) {
            lastPostAt = now;
        }
    }

    void unpublished(ForumPost post) {
        publicPosts = Math.max(0, publicPosts - 1);
        if (post.isOpening()) {
            visible = false;
        }
    }

    public Long getId() {
        return id;
    }

    public EngagementEvent getEvent() {
        return event;
    }

    public String getTitle() {
        return title;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastPostAt() {
        return lastPostAt;
    }

    public int getPublicPosts() {
        return publicPosts;
    }

    public boolean isVisible() {
        return visible;
    }
}
