package org.puente.engagement;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * A scheduled chat or forum, created from an approved request with its expert and moderator. The
 * public agenda lists it; the live chat and forum features run it. An evaluator may cancel it with a
 * reason (staff-written, never shown to the public) while it has not opened; the clock never opens a
 * cancelled event.
 */
@Entity
@Table(name = "engagement_event")
@NamedQuery(
        name = "EngagementEvent.between",
        query =
                "select e from EngagementEvent e where e.status <> "
                        + "org.puente.engagement.EventStatus.CANCELLED and e.startsAt < :to and e.endsAt > :from order by e.startsAt, e.id")
@NamedQuery(
        name = "EngagementEvent.upcoming",
        query = "select e from EngagementEvent e where (e.status in "
                + ":statuses or (e.status = org.puente.engagement.EventStatus.CANCELLED and e.cancelledAt is not null))"
                + " and e.endsAt > :now order by e.startsAt, e.id")
@NamedQuery(
        name = "EngagementEvent.countUpcoming",
        query = "select count(e) from EngagementEvent e where (e.status in "
                + ":statuses or (e.status = org.puente.engagement.EventStatus.CANCELLED and e.cancelledAt is not null))"
                + " and e.endsAt > :now")
@NamedQuery(
        name = "EngagementEvent.ofExpert",
        query =
                "select e from EngagementEvent e where e.expert = :expert"
                        + " and e.endsAt > :now and e.status <> org.puente.engagement.EventStatus.CANCELLED order by e.startsAt, e.id")
@NamedQuery(
        name = "EngagementEvent.overlapping",
        query =
                "select e from EngagementEvent e where e.kind = :kind"
                        + " and e.status <> org.puente.engagement.EventStatus.CANCELLED and e.startsAt < :to and e.endsAt > :from")
@NamedQuery(
        name = "EngagementEvent.dueToChange",
        query = "select e from EngagementEvent e where"
                + " (e.status = org.puente.engagement.EventStatus.SCHEDULED and e.startsAt <= :now)"
                + " or (e.status = org.puente.engagement.EventStatus.OPEN and e.endsAt <= :now)")
@NamedQuery(name = "EngagementEvent.ofRequest", query = "select e from EngagementEvent e where e.request = :request")
@NamedQuery(
        name = "EngagementEvent.toRemind",
        query = "select e from EngagementEvent e where e.status ="
                + " org.puente.engagement.EventStatus.SCHEDULED and e.remindedAt is null and e.startsAt <= :until"
                + " and e.startsAt > :now")
public class EngagementEvent {

    public static final int MAX_REASON = 2000;

    @Id
    @SequenceGenerator(name = "engagement_event_seq", sequenceName = "engagement_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_event_seq")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private EngagementRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EngagementKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String topics;

    /** The body whose unit asked for it (shown on the agenda). */
    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", nullable = false)
    private UserAccount expert;

    @ManyToOne(optional = false)
    @JoinColumn(name = "moderator_id", nullable = false)
    private UserAccount moderator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    /** Set only by {@link #cancel}: the events cancelled that way are announced as cancelled. */
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @ManyToOne
    @JoinColumn(name = "cancelled_by")
    private UserAccount cancelledBy;

    /** The evaluator's reason, for the staff and the people told by e-mail; never public. */
    @Column(name = "cancel_reason", length = MAX_REASON)
    private String cancelReason;

    /** A forum whose posts wait for the moderator before they are public (post-moderated otherwise). */
    @Column(name = "pre_moderated", nullable = false)
    private boolean preModerated;

    /** The last public sequence number of the chat's messages (0 before the first). */
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Version
    private int version;

    protected EngagementEvent() {}

    /** The event of an approved request whose expert is confirmed, with the moderator who will run it. */
    public EngagementEvent(EngagementRequest request, UserAccount moderator, ZoneId zone) {
        if (request.getExpert() == null || !request.isExpertConfirmed()) {
            throw new IllegalStateException("The expert is confirmed before the event is scheduled");
        }
        if (!moderator.hasRole(Role.MODERADOR) || !moderator.isActive()) {
            throw new RuleViolation("moderator", "engagement.moderator.required");
        }
        this.request = request;
        this.kind = request.getKind();
        this.title = request.getTitle();
        this.topics = EngagementRequest.joinTopics(kind, request.getTopics());
        this.body = request.getBody();
        this.startsAt = request.getSchedule().startsAt(zone);
        this.endsAt = request.getSchedule().endsAt(zone);
        this.expert = request.getExpert();
        this.moderator = Objects.requireNonNull(moderator, "moderator");
        this.status = EventStatus.SCHEDULED;
    }

    /** The reminder to the expert (a day before) was queued. */
    public void reminded(OffsetDateTime now) {
        this.remindedAt = now;
    }

    /** The steps open to this caller now: an evaluator (or administrator) cancels a scheduled event. */
    public Set<RequestStep> allowedSteps(UserAccount caller) {
        return status == EventStatus.SCHEDULED && request.isEvaluatedBy(caller)
                ? EnumSet.of(RequestStep.CANCEL_EVENT)
                : EnumSet.noneOf(RequestStep.class);
    }

    /** The evaluator cancels the event before it opens, with a reason for those it concerns. */
    public void cancel(UserAccount evaluator, String reason, OffsetDateTime now) {
        if (!allowedSteps(evaluator).contains(RequestStep.CANCEL_EVENT)) {
            throw new IllegalStateException("A " + status + " event cannot be cancelled by this caller");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "engagement.cancel.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RuleViolation("reason", "engagement.cancel.reason.tooLong", MAX_REASON);
        }
        moveTo(EventStatus.CANCELLED);
        this.cancelledAt = Objects.requireNonNull(now, "now");
        this.cancelledBy = evaluator;
        this.cancelReason = reason.strip();
    }

    public void moveTo(EventStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("An event cannot go from " + status + " to " + next);
        }
        status = next;
    }

    /** The chat's next public sequence number; the caller holds the event's write lock. */
    public long nextSeq() {
        return ++lastSeq;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public boolean isPreModerated() {
        return preModerated;
    }

    /** The moderator chooses pre- or post-moderation for a forum. */
    public void moderateBefore(boolean pre) {
        if (kind != EngagementKind.FORUM) {
            throw new IllegalStateException("Only forums have a moderation mode");
        }
        this.preModerated = pre;
    }

    /**
     * The timer's step: open when the start has come, close when the end has; true when it changed.
     * A cancelled (or closed) event never changes again.
     */
    public boolean followClock(OffsetDateTime now) {
        if (status == EventStatus.SCHEDULED && !now.isBefore(startsAt)) {
            moveTo(now.isBefore(endsAt) ? EventStatus.OPEN : EventStatus.CLOSED);
            return true;
        }
        if (status == EventStatus.OPEN && !now.isBefore(endsAt)) {
            moveTo(EventStatus.CLOSED);
            return true;
        }
        return false;
    }

    public boolean overlaps(OffsetDateTime from, OffsetDateTime to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public Long getId() {
        return id;
    }

    public EngagementRequest getRequest() {
        return request;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getTopics() {
        return EngagementRequest.splitTopics(topics);
    }

    public Body getBody() {
        return body;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public UserAccount getExpert() {
        return expert;
    }

    public UserAccount getModerator() {
        return moderator;
    }

    public EventStatus getStatus() {
        return status;
    }

    public OffsetDateTime getRemindedAt() {
        return remindedAt;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public UserAccount getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
