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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * A problem an Enlace reports with a chat or forum on the platform. The content department gives a
 * first response within 30 minutes of business time; an unanswered one is escalated once.
 */
@Entity
@Table(name = "platform_incident")
@NamedQuery(
        name = "PlatformIncident.all",
        query = "select i from PlatformIncident i order by i.reportedAt desc, i.id desc")
@NamedQuery(
        name = "PlatformIncident.ofBody",
        query = "select i from PlatformIncident i where i.body = :body order by i.reportedAt desc, i.id desc")
@NamedQuery(
        name = "PlatformIncident.toEscalate",
        query = "select i from PlatformIncident i where i.status ="
                + " org.puente.engagement.IncidentStatus.OPEN and i.escalatedAt is null and i.responseDueAt <= :now")
@NamedQuery(
        name = "PlatformIncident.answeredInTime",
        query = "select count(i) from PlatformIncident i"
                + " where i.respondedAt is not null and i.respondedAt <= i.responseDueAt")
@NamedQuery(
        name = "PlatformIncident.countDue",
        query = "select count(i) from PlatformIncident i"
                + " where i.respondedAt is not null or i.responseDueAt <= :now")
public class PlatformIncident {

    public static final int MAX_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "platform_incident_seq", sequenceName = "platform_incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_incident_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "event_id")
    private EngagementEvent event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reporter_id", nullable = false)
    private UserAccount reporter;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(nullable = false, length = MAX_TEXT)
    private String description;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "response_due_at", nullable = false)
    private OffsetDateTime responseDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncidentStatus status;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    @ManyToOne
    @JoinColumn(name = "responder_id")
    private UserAccount responder;

    @Column(length = MAX_TEXT)
    private String response;

    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private int version;

    protected PlatformIncident() {}

    public PlatformIncident(
            UserAccount reporter,
            EngagementEvent event,
            String description,
            OffsetDateTime now,
            OffsetDateTime responseDueAt) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.body = reporter.getBody();
        this.event = event;
        this.description = requireText(description);
        this.reportedAt = now;
        this.responseDueAt = Objects.requireNonNull(responseDueAt, "responseDueAt");
        this.status = IncidentStatus.OPEN;
    }

    /**
     * The steps open to this caller now: the content department (evaluators, moderators,
     * administrators) answers an open incident and resolves one not yet resolved.
     */
    public Set<IncidentStep> allowedSteps(UserAccount caller) {
        Set<IncidentStep> steps = EnumSet.noneOf(IncidentStep.class);
        boolean department = caller != null
                && (caller.hasRole(Role.EVALUADOR) || caller.hasRole(Role.MODERADOR) || caller.hasRole(Role.ADMIN));
        if (department) {
            if (status == IncidentStatus.OPEN) {
                steps.add(IncidentStep.RESPOND);
            }
            if (status.canMoveTo(IncidentStatus.RESOLVED)) {
                steps.add(IncidentStep.RESOLVE);
            }
        }
        return steps;
    }

    private void requireAllowed(IncidentStep step, UserAccount caller) {
        if (!allowedSteps(caller).contains(step)) {
            throw new IllegalStateException(step + " is not open to this caller on a " + status + " incident");
        }
    }

    /** The content department's first response. */
    public void respond(UserAccount responder, String text, OffsetDateTime now) {
        requireAllowed(IncidentStep.RESPOND, responder);
        move(IncidentStatus.ANSWERED);
        this.response = requireText(text);
        this.responder = responder;
        this.respondedAt = now;
    }

    public void resolve(UserAccount actor, String text, OffsetDateTime now) {
        requireAllowed(IncidentStep.RESOLVE, actor);
        if (status == IncidentStatus.OPEN) {
            respond(actor, text, now);
        }
        move(IncidentStatus.RESOLVED);
        this.resolvedAt = now;
    }

    /** Called by the timer once the first response is late; true when it was escalated now. */
    public boolean escalate(OffsetDateTime now) {
        if (status != IncidentStatus.OPEN || escalatedAt != null || now.isBefore(responseDueAt)) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    public boolean isAnsweredInTime() {
        return respondedAt != null && !respondedAt.isAfter(responseDueAt);
    }

    private void move(IncidentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("An incident cannot go from " + status + " to " + next);
        }
        status = next;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("response", "incident.response.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new RuleViolation("response", "incident.description.tooLong", MAX_TEXT);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public EngagementEvent getEvent() {
        return event;
    }

    public UserAccount getReporter() {
        return reporter;
    }

    public Body getBody() {
        return body;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public OffsetDateTime getResponseDueAt() {
        return responseDueAt;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public OffsetDateTime getRespondedAt() {
        return respondedAt;
    }

    public UserAccount getResponder() {
        return responder;
    }

    public String getResponse() {
        return response;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }
}
