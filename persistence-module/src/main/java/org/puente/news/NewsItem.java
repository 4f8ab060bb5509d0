package org.puente.news;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.puente.communication.Change;
import org.puente.communication.PublicationStatus;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * A news item or programme of a body (issue 13, item 4): title, summary, a body with basic formatting (always
 * cleaned, {@link NewsHtml}), an optional image, a category and the time it appears. Staff of the body's
 * communication write it as a draft and publish it; a published item whose time has not come is scheduled and
 * appears by itself when it comes ({@link #isVisibleAt}). Each step is a line of its history.
 */
@Entity
@Table(name = "news_item")
public class NewsItem {

    @Id
    @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(nullable = false, length = NewsContent.MAX_TITLE)
    private String title;

    @Column(nullable = false, length = NewsContent.MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, length = NewsContent.MAX_HTML)
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private NewsCategory category;

    @Column(name = "publish_at", nullable = false)
    private OffsetDateTime publishAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PublicationStatus status;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private NewsImage image;

    /** The image's id, read beside it so that lists make its address without loading the image. */
    @Column(name = "image_id", insertable = false, updatable = false)
    private Long imageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** When the public last read something new: the publication time, or a later correction. */
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<NewsUpdate> history = new ArrayList<>();

    protected NewsItem() {}

    /** A draft written now by {@code by}; refuses the first broken rule ({@link NewsContent#problems}). */
    public NewsItem(Body body, NewsContent content, UserAccount by, OffsetDateTime now) {
        this.body = Objects.requireNonNull(body, "body");
        apply(content);
        this.status = PublicationStatus.BORRADOR;
        this.createdAt = Objects.requireNonNull(now, "now");
        add(Change.CREATED, now, by);
    }

    /** Staff correct the item (its time too: a scheduled one may be moved). */
    public void edit(NewsContent content, UserAccount by, OffsetDateTime now) {
        apply(content);
        if (isPublished()) {
            updatedAt = latest(publishAt, now);
        }
        add(Change.EDITED, now, by);
    }

    /** A new image (already re-encoded without metadata) instead of the earlier one, a line of the history. */
    public void replaceImage(NewsImage newImage, UserAccount by, OffsetDateTime now) {
        this.image = Objects.requireNonNull(newImage, "image");
        this.imageId = null;
        if (isPublished()) {
            updatedAt = latest(publishAt, now);
        }
        add(Change.EDITED, now, by);
    }

    /** The image's id (null for none; a new image has one after the flush that follows {@link #replaceImage}). */
    public Long getImageId() {
        return imageId != null || image == null ? imageId : image.getId();
    }

    /** Publishes the item: it appears at its time (now, if that has passed). */
    public void publish(UserAccount by, OffsetDateTime now) {
        move(PublicationStatus.PUBLICADO);
        updatedAt = latest(publishAt, now);
        add(Change.PUBLISHED, now, by);
    }

    /** Takes the item back to a draft: it leaves the public pages and the feed. */
    public void withdraw(UserAccount by, OffsetDateTime now) {
        move(PublicationStatus.BORRADOR);
        add(Change.WITHDRAWN, now, by);
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLICADO;
    }

    /** Published and its time has come. */
    public boolean isVisibleAt(OffsetDateTime now) {
        return isPublished() && !publishAt.isAfter(now);
    }

    /** Published with a time still ahead. */
    public boolean isScheduledAt(OffsetDateTime now) {
        return isPublished() && publishAt.isAfter(now);
    }

    private void move(PublicationStatus to) {
        if (!status.canMoveTo(to)) {
            throw new RuleViolation("news.status.forbidden");
        }
        status = to;
    }

    private void apply(NewsContent content) {
        if (content == null) {
            throw new RuleViolation("title", "news.title.required");
        }
        List<RuleViolation> problems = content.problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        this.title = content.title();
        this.summary = content.summary();
        this.html = content.html();
        this.category = content.category();
        this.publishAt = content.publishAt();
    }

    private void add(Change kind, OffsetDateTime at, UserAccount by) {
        history.add(new NewsUpdate(this, kind, at, status, by));
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    public NewsContent content() {
        return new NewsContent(title, summary, html, category, publishAt);
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** The body, cleaned again on the way out. */
    public String getHtml() {
        return NewsHtml.clean(html);
    }

    public NewsCategory getCategory() {
        return category;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public NewsImage getImage() {
        return image;
    }

    public List<NewsUpdate> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
