package org.puente.incident;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * A public notice of an incident that affects one of a body's services (issue 13, item 2): the web site, the
 * electronic office, an office or a service channel. Staff of the body's communication publish it with a first
 * text, add dated updates as the status moves forward ({@link NoticeStatus}), and resolve it; while it is
 * active, every public page shows it. Every step is a line of its history ({@link NoticeUpdate}). A resolved
 * notice is final: it is neither edited nor updated again. An office closure may name the day the office stays
 * closed, which the administrator can mark as a non-working day of the body's calendar, once.
 */
@Entity
@Table(name = "incident_notice")
@NamedQuery(
        name = "IncidentNotice.active",
        query = "select n from IncidentNotice n join fetch n.body where n.status <> "
                + "org.puente.incident.NoticeStatus.RESUELTO order by n.startedAt desc, n.id desc")
@NamedQuery(name = "IncidentNotice.bodies", query = "select distinct n.body from IncidentNotice n")
public class IncidentNotice {

    @Id
    @SequenceGenerator(name = "incident_notice_seq", sequenceName = "incident_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_notice_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(nullable = false, length = NoticeContent.MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AffectedService affected;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private ServiceChannel channel;

    @Column(length = NoticeContent.MAX_OFFICE)
    private String office;

    @Column(name = "closure_day")
    private LocalDate closureDay;

    /** The closure day was made a non-working day of the body's calendar. */
    @Column(name = "closure_marked", nullable = false)
    private boolean closureMarked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private NoticeStatus status;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    /** When the public last read something new: the first text, an update, the resolution. */
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<NoticeUpdate> updates = new ArrayList<>();

    protected IncidentNotice() {}

    /**
     * A notice published now by {@code by}, investigating, with its first public text. Refuses the first
     * broken rule of the content or the text ({@link #problems} tells them all at once).
     */
    public IncidentNotice(Body body, NoticeContent content, String text, UserAccount by, OffsetDateTime now) {
        this.body = Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        List<RuleViolation> problems = problems(content, text);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        apply(content);
        this.status = NoticeStatus.INVESTIGANDO;
        add(NoticeUpdate.Kind.OPENED, now, NoticeContent.clean(text), by);
    }

    /** Every rule a new notice's content and first text break, each on its field; empty when they fit. */
    public static List<RuleViolation> problems(NoticeContent content, String text) {
        List<RuleViolation> problems = new ArrayList<>(
                content == null
                        ? List.of(new RuleViolation("title", "incidentNotice.title.required"))
                        : content.problems());
        textProblem(text).ifPresent(problems::add);
        return problems;
    }

    /** Staff correct what the notice says (not its updates); a resolved notice is final. */
    public void edit(NoticeContent content, UserAccount by, OffsetDateTime now) {
        requireActive("incidentNotice.resolved.edit");
        List<RuleViolation> problems = content == null
                ? List.of(new RuleViolation("title", "incidentNotice.title.required"))
                : content.problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        if (content.closureDay() == null || !content.closureDay().equals(closureDay)) {
            if (closureMarked) {
                throw new RuleViolation("closureDay", "incidentNotice.closureDay.marked");
            }
        }
        apply(content);
        add(NoticeUpdate.Kind.EDITED, now, null, by);
    }

    /**
     * A dated public update; {@code next} is the status it moves to (null or the same: the status stays). A
     * resolution goes through {@link #resolve}, which also says when.
     */
    public void update(String text, NoticeStatus next, UserAccount by, OffsetDateTime now) {
        requireActive("incidentNotice.resolved.update");
        NoticeStatus to = next == null ? status : next;
        if (to == NoticeStatus.RESUELTO) {
            throw new RuleViolation("status", "incidentNotice.status.resolveSeparately");
        }
        if (to != status && !status.canMoveTo(to)) {
            throw new RuleViolation("status", "incidentNotice.status.forbidden");
        }
        textProblem(text).ifPresent(p -> {
            throw p;
        });
        status = to;
        add(NoticeUpdate.Kind.UPDATED, now, NoticeContent.clean(text), by);
    }

    /**
     * The incident is over: it ended at {@code endedAt} (null: now), which is neither before it started nor
     * after now, and the public reads the closing text.
     */
    public void resolve(String text, OffsetDateTime endedAt, UserAccount by, OffsetDateTime now) {
        requireActive("incidentNotice.resolved.update");
        OffsetDateTime end = endedAt == null ? now : endedAt;
        if (end.isBefore(startedAt)) {
            throw new RuleViolation("resolvedAt", "incidentNotice.resolvedAt.beforeStart");
        }
        if (end.isAfter(now)) {
            throw new RuleViolation("resolvedAt", "incidentNotice.resolvedAt.future");
        }
        textProblem(text).ifPresent(p -> {
            throw p;
        });
        status = NoticeStatus.RESUELTO;
        resolvedAt = end;
        add(NoticeUpdate.Kind.RESOLVED, now, NoticeContent.clean(text), by);
    }

    /** Whether the closure day can still be made a non-working day of the body's calendar. */
    public boolean closureCanBeMarked() {
        return affected == AffectedService.OFICINA && closureDay != null && !closureMarked;
    }

    /** The closure day was made a non-working day of the body's calendar (once); returns the day. */
    public LocalDate markClosure(UserAccount by, OffsetDateTime now) {
        if (!closureCanBeMarked()) {
            throw new RuleViolation("closureDay", "incidentNotice.closureDay.none");
        }
        closureMarked = true;
        add(NoticeUpdate.Kind.DAY_OFF_MARKED, now, null, by);
        return closureDay;
    }

    public boolean isActive() {
        return status.isActive();
    }

    private void requireActive(String key) {
        if (!isActive()) {
            throw new RuleViolation(key);
        }
    }

    private static Optional<RuleViolation> textProblem(String text) {
        String clean = NoticeContent.clean(text);
        if (clean == null) {
            return Optional.of(new RuleViolation("text", "incidentNotice.text.required"));
        }
        if (clean.length() > NoticeUpdate.MAX_TEXT) {
            return Optional.of(new RuleViolation("text", "incidentNotice.text.tooLong", NoticeUpdate.MAX_TEXT));
        }
        return Optional.empty();
    }

    private void apply(NoticeContent content) {
        this.title = content.title();
        this.affected = content.affected();
        this.channel = content.channel();
        this.office = content.office();
        this.closureDay = content.closureDay();
        this.startedAt = content.startedAt();
    }

    private void add(NoticeUpdate.Kind kind, OffsetDateTime at, String text, UserAccount by) {
        updates.add(new NoticeUpdate(this, kind, at, status, text, by));
        if (kind.isPublic()) {
            updatedAt = at;
        }
    }

    /** The content as it stands, to edit it. */
    public NoticeContent content() {
        return new NoticeContent(title, affected, channel, office, startedAt, closureDay);
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

    public AffectedService getAffected() {
        return affected;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    public String getOffice() {
        return office;
    }

    public LocalDate getClosureDay() {
        return closureDay;
    }

    public boolean isClosureMarked() {
        return closureMarked;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The whole history, oldest first (staff). */
    public List<NoticeUpdate> getUpdates() {
        return Collections.unmodifiableList(updates);
    }

    /** The public timeline, oldest first: the lines with a text. */
    public List<NoticeUpdate> publicUpdates() {
        return updates.stream().filter(NoticeUpdate::isPublic).toList();
    }
}
