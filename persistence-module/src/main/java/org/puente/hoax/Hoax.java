package org.puente.hoax;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
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
 * A hoax about the body, debunked (issue 13, item 3): the claim as it circulates, the body's verdict, the
 * explanation and the official sources. Staff of the body's communication write it as a draft, publish it,
 * correct it, withdraw it to a draft; each step is a line of its history ({@link HoaxUpdate}). Only a published
 * debunk is public; the date it was first published is its {@code datePublished}, and a correction of a
 * published one moves its {@code updatedAt} (the feed's).
 */
@Entity
@Table(name = "hoax")
public class Hoax {

    @Id
    @SequenceGenerator(name = "hoax_seq", sequenceName = "hoax_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hoax_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(nullable = false, length = HoaxContent.MAX_CLAIM)
    private String claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Verdict verdict;

    @Column(nullable = false, length = HoaxContent.MAX_EXPLANATION)
    private String explanation;

    @Column(name = "seen_on", nullable = false)
    private LocalDate seenOn;

    @ElementCollection
    @CollectionTable(name = "hoax_source", joinColumns = @JoinColumn(name = "hoax_id"))
    @OrderColumn(name = "position")
    private List<HoaxSource> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PublicationStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** When it was first published; kept when withdrawn and published again. */
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** When the public last read something new: the publication or a correction while published. */
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "hoax", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<HoaxUpdate> history = new ArrayList<>();

    protected Hoax() {}

    /** A draft written now by {@code by}; refuses the first broken rule ({@link HoaxContent#problems}). */
    public Hoax(Body body, HoaxContent content, UserAccount by, OffsetDateTime now) {
        this.body = Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        apply(content, now);
        this.status = PublicationStatus.BORRADOR;
        this.createdAt = now;
        add(Change.CREATED, now, by);
    }

    /** Staff correct what the debunk says; a correction of a published one is news for the feed. */
    public void edit(HoaxContent content, UserAccount by, OffsetDateTime now) {
        apply(content, now);
        if (isPublished()) {
            updatedAt = now;
        }
        add(Change.EDITED, now, by);
    }

    /** Publishes the draft now; the first publication is the debunk's date. */
    public void publish(UserAccount by, OffsetDateTime now) {
        move(PublicationStatus.PUBLICADO);
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
        add(Change.PUBLISHED, now, by);
    }

    /** Takes a published debunk back to a draft: it leaves the public list, its page and the feed. */
    public void withdraw(UserAccount by, OffsetDateTime now) {
        move(PublicationStatus.BORRADOR);
        add(Change.WITHDRAWN, now, by);
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLICADO;
    }

    private void move(PublicationStatus to) {
        if (!status.canMoveTo(to)) {
            throw new RuleViolation("hoax.status.forbidden");
        }
        status = to;
    }

    private void apply(HoaxContent content, OffsetDateTime now) {
        if (content == null) {
            throw new RuleViolation("claim", "hoax.claim.required");
        }
        List<RuleViolation> problems =
                content.problems(now.atZoneSameInstant(body.getTimeZone()).toLocalDate());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        this.claim = content.claim();
        this.verdict = content.verdict();
        this.explanation = content.explanation();
        this.seenOn = content.seenOn();
        this.sources.clear();
        this.sources.addAll(content.kept());
    }

    private void add(Change kind, OffsetDateTime at, UserAccount by) {
        history.add(new HoaxUpdate(this, kind, at, status, by));
    }

    /** The content as it stands, to correct it. */
    public HoaxContent content() {
        return new HoaxContent(claim, verdict, explanation, seenOn, List.copyOf(sources));
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getClaim() {
        return claim;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getExplanation() {
        return explanation;
    }

    public LocalDate getSeenOn() {
        return seenOn;
    }

    public List<HoaxSource> getSources() {
        return Collections.unmodifiableList(sources);
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<HoaxUpdate> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
