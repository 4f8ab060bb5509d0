package org.puente.engagement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

/**
 * A unit's request for a chat or forum with an expert (the "oficio" of seed 000). It moves only
 * through {@link RequestStatus}'s transitions; every step is kept with who, when and why. The
 * schedule and topics are the unit's current proposal; an adjustment the evaluator proposes waits
 * beside them until the Enlace accepts it (it becomes the proposal) or answers with his own.
 */
@Entity
@Table(name = "engagement_request")
@NamedQuery(
        name = "EngagementRequest.withStatus",
        query = "select r from EngagementRequest r where r.status in :statuses order by r.submittedAt, r.id")
public class EngagementRequest {

    public static final int MAX_TOPIC = 300;
    public static final int MAX_TOPICS = 6;
    public static final int MAX_NOTES = 2000;
    private static final String TOPIC_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "engagement_request_seq", sequenceName = "engagement_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_request_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 24)
    private String folio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EngagementKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Department unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private UserAccount requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(nullable = false, length = 2000)
    private String topics;

    @Embedded
    private Schedule schedule;

    @Column(name = "adjusted_topics", length = 2000)
    private String adjustedTopics;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "startDate", column = @Column(name = "adjusted_start_date")),
        @AttributeOverride(name = "endDate", column = @Column(name = "adjusted_end_date")),
        @AttributeOverride(name = "startTime", column = @Column(name = "adjusted_start_time")),
        @AttributeOverride(name = "endTime", column = @Column(name = "adjusted_end_time"))
    })
    private Schedule adjustedSchedule;

    @Embedded
    private ExpertContact proposedExpert;

    @ManyToOne
    @JoinColumn(name = "expert_id")
    private UserAccount expert;

    @Column(name = "expert_confirmed", nullable = false)
    private boolean expertConfirmed;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<EngagementStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected EngagementRequest() {}

    /**
     * A request filed by an Enlace for his own unit. The proposed expert may already have an account
     * ({@code expertAccount}); the rules of the agency were checked by the caller.
     */
    public EngagementRequest(
            String folio,
            EngagementKind kind,
            UserAccount requester,
            List<String> topics,
            Schedule schedule,
            ExpertContact proposedExpert,
            UserAccount expertAccount,
            String notes,
            OffsetDateTime now) {
        if (!requester.hasRole(Role.ENLACE) || requester.getDepartment() == null) {
            throw new IllegalArgumentException("An Enlace of a unit files requests");
        }
        this.folio = Objects.requireNonNull(folio, "folio");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requester = requester;
        this.body = requester.getBody();
        this.unit = requester.getDepartment();
        this.topics = joinTopics(kind, topics);
        this.schedule = requireFits(kind, schedule);
        this.proposedExpert = Objects.requireNonNull(proposedExpert, "proposedExpert");
        if (expertAccount != null) {
            requireExpert(expertAccount);
        }
        this.expert = expertAccount;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (this.notes != null && this.notes.length() > MAX_NOTES) {
            throw new RuleViolation("notes", "engagement.notes.tooLong", MAX_NOTES);
        }
        this.status = RequestStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        steps.add(new EngagementStep(this, null, RequestStatus.SUBMITTED, now, requester, this.notes));
    }

    /**
     * The steps open to this caller now: the evaluator's (an evaluator or administrator who did not
     * file the request himself) and the requesting unit's Enlace's, as far as the status allows.
     */
    public Set<RequestStep> allowedSteps(UserAccount caller) {
        Set<RequestStep> steps = EnumSet.noneOf(RequestStep.class);
        if (caller == null) {
            return steps;
        }
        if (isEvaluatedBy(caller)) {
            addIf(steps, RequestStep.APPROVE, status.canMoveTo(RequestStatus.APPROVED));
            addIf(steps, RequestStep.ADJUST, status.canMoveTo(RequestStatus.ADJUSTMENT_PROPOSED));
            addIf(steps, RequestStep.REJECT, status.canMoveTo(RequestStatus.REJECTED));
            addIf(steps, RequestStep.CONFIRM_EXPERT, status.canMoveTo(RequestStatus.EXPERT_CONFIRMED));
            addIf(
                    steps,
                    RequestStep.SCHEDULE,
                    status.canMoveTo(RequestStatus.SCHEDULED) && expertConfirmed && expert != null);
            addIf(
                    steps,
                    RequestStep.TRAINING,
                    expert != null && status != RequestStatus.REJECTED && status != RequestStatus.WITHDRAWN);
        }
        if (isAnsweredBy(caller)) {
            addIf(steps, RequestStep.ACCEPT, status.canMoveTo(RequestStatus.ADJUSTMENT_ACCEPTED));
            addIf(steps, RequestStep.COUNTER, status.canMoveTo(RequestStatus.COUNTER_PROPOSED));
            addIf(steps, RequestStep.WITHDRAW, status.canMoveTo(RequestStatus.WITHDRAWN));
        }
        return steps;
    }

    /** An evaluator (or administrator) of the agency, who did not file this request himself. */
    public boolean isEvaluatedBy(UserAccount caller) {
        return caller != null
                && (caller.hasRole(Role.EVALUADOR) || caller.hasRole(Role.ADMIN))
                && !caller.equals(requester);
    }

    /** An Enlace of the unit that asked: he answers adjustments and may withdraw. */
    public boolean isAnsweredBy(UserAccount caller) {
        return caller != null
                && caller.hasRole(Role.ENLACE)
                && caller.getDepartment() != null
                && caller.getDepartment().equals(unit);
    }

    /** Refuses (IllegalStateException) a step this caller may not take now. */
    public void requireAllowed(RequestStep step, UserAccount caller) {
        if (!allowedSteps(caller).contains(step)) {
            throw new IllegalStateException(step + " is not open to this caller on a " + status + " request");
        }
    }

    private static void addIf(Set<RequestStep> steps, RequestStep step, boolean allowed) {
        if (allowed) {
            steps.add(step);
        }
    }

    /** The evaluator proposes another date, window or topic. */
    public void proposeAdjustment(
            Schedule newSchedule, List<String> newTopics, UserAccount evaluator, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.ADJUST, evaluator);
        requireNote(note);
        String joined = joinTopics(kind, newTopics);
        Schedule fitted = requireFits(kind, newSchedule);
        if (fitted.equals(schedule) && joined.equals(topics)) {
            throw new RuleViolation("schedule", "engagement.adjustment.same");
        }
        move(RequestStatus.ADJUSTMENT_PROPOSED, evaluator, now, note);
        this.adjustedSchedule = fitted;
        this.adjustedTopics = joined;
    }

    /** The Enlace accepts the evaluator's adjustment: it becomes the request's schedule and topics. */
    public void acceptAdjustment(UserAccount enlace, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.ACCEPT, enlace);
        move(RequestStatus.ADJUSTMENT_ACCEPTED, enlace, now, note);
        this.schedule = adjustedSchedule;
        this.topics = adjustedTopics;
        clearAdjustment();
    }

    /** The Enlace answers the adjustment with a proposal of his own. */
    public void counterPropose(
            Schedule newSchedule, List<String> newTopics, UserAccount enlace, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.COUNTER, enlace);
        requireNote(note);
        String joined = joinTopics(kind, newTopics);
        Schedule fitted = requireFits(kind, newSchedule);
        move(RequestStatus.COUNTER_PROPOSED, enlace, now, note);
        this.schedule = fitted;
        this.topics = joined;
        clearAdjustment();
    }

    public void approve(UserAccount evaluator, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.APPROVE, evaluator);
        move(RequestStatus.APPROVED, evaluator, now, note);
    }

    public void reject(UserAccount evaluator, OffsetDateTime now, String reason) {
        requireAllowed(RequestStep.REJECT, evaluator);
        requireNote(reason);
        move(RequestStatus.REJECTED, evaluator, now, reason);
        clearAdjustment();
    }

    public void withdraw(UserAccount enlace, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.WITHDRAW, enlace);
        move(RequestStatus.WITHDRAWN, enlace, now, note);
        clearAdjustment();
    }

    /** The evaluator confirms the proposed expert, or assigns another one, by his account. */
    public void confirmExpert(UserAccount expertAccount, UserAccount evaluator, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.CONFIRM_EXPERT, evaluator);
        requireExpert(expertAccount);
        move(
                RequestStatus.EXPERT_CONFIRMED,
                evaluator,
                now,
                note == null || note.isBlank() ? expertAccount.getFullName() : note);
        this.expert = expertAccount;
        this.expertConfirmed = true;
    }

    /** The event exists in the calendar. */
    public void markScheduled(UserAccount evaluator, OffsetDateTime now, String note) {
        requireAllowed(RequestStep.SCHEDULE, evaluator);
        move(RequestStatus.SCHEDULED, evaluator, now, note);
    }

    /** A short training for the request's expert, planned by the evaluator (not in the past). */
    public ExpertTraining planTraining(UserAccount evaluator, OffsetDateTime at, OffsetDateTime now) {
        requireAllowed(RequestStep.TRAINING, evaluator);
        if (at == null) {
            throw new RuleViolation("training", "engagement.training.when");
        }
        if (at.isBefore(now)) {
            throw new RuleViolation("training", "engagement.date.past");
        }
        return new ExpertTraining(expert, this, at);
    }

    private void move(RequestStatus next, UserAccount actor, OffsetDateTime now, String note) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A request cannot go from " + status + " to " + next);
        }
        steps.add(new EngagementStep(this, status, next, now, actor, note));
        status = next;
        updatedAt = now;
    }

    private void clearAdjustment() {
        adjustedSchedule = null;
        adjustedTopics = null;
    }

    private static void requireExpert(UserAccount account) {
        if (!account.hasRole(Role.EXPERTO) || !account.isActive()) {
            throw new RuleViolation("expert", "engagement.expert.unknown");
        }
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "engagement.note.required");
        }
    }

    private static Schedule requireFits(EngagementKind kind, Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        if (schedule.isChat() != (kind == EngagementKind.CHAT)) {
            throw new IllegalArgumentException("A chat has a window; a forum has days");
        }
        return schedule;
    }

    /** Topics are kept one per line; a chat has exactly one. */
    static String joinTopics(EngagementKind kind, List<String> topics) {
        List<String> clean = topics == null
                ? List.of()
                : topics.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(t -> t.strip().replaceAll("\\s+", " "))
                        .toList();
        if (kind == EngagementKind.CHAT && clean.size() != 1) {
            throw new RuleViolation("topics", "engagement.chat.oneTopic");
        }
        if (clean.isEmpty()) {
            throw new RuleViolation("topics", "engagement.forum.topics");
        }
        if (clean.size() > MAX_TOPICS) {
            throw new RuleViolation("topics", "engagement.topic.tooMany", MAX_TOPICS);
        }
        if (clean.stream().anyMatch(t -> t.length() > MAX_TOPIC)) {
            throw new RuleViolation("topics", "engagement.topic.tooLong", MAX_TOPIC);
        }
        return String.join(TOPIC_SEPARATOR, clean);
    }

    static List<String> splitTopics(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(TOPIC_SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public Body getBody() {
        return body;
    }

    public Department getUnit() {
        return unit;
    }

    public UserAccount getRequester() {
        return requester;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public List<String> getTopics() {
        return splitTopics(topics);
    }

    /** The title of the event: the chat's topic, or the forum's first topic. */
    public String getTitle() {
        return getTopics().get(0);
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Schedule getAdjustedSchedule() {
        return adjustedSchedule;
    }

    public List<String> getAdjustedTopics() {
        return adjustedTopics == null ? List.of() : splitTopics(adjustedTopics);
    }

    public ExpertContact getProposedExpert() {
        return proposedExpert;
    }

    public UserAccount getExpert() {
        return expert;
    }

    public boolean isExpertConfirmed() {
        return expertConfirmed;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<EngagementStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof EngagementRequest other && folio != null && folio.equals(other.folio));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(folio);
    }
}
