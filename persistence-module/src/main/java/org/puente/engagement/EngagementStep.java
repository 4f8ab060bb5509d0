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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.puente.identity.UserAccount;

/** One step of a request's timeline: from which status to which, when, who, and why. */
@Entity
@Table(name = "engagement_step")
public class EngagementStep {

    @Id
    @SequenceGenerator(name = "engagement_step_seq", sequenceName = "engagement_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_step_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private EngagementRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private RequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private RequestStatus to;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime at;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Column(length = 2000)
    private String note;

    protected EngagementStep() {}

    EngagementStep(
            EngagementRequest request,
            RequestStatus from,
            RequestStatus to,
            OffsetDateTime at,
            UserAccount actor,
            String note) {
        this.request = request;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public EngagementRequest getRequest() {
        return request;
    }

    public RequestStatus getFrom() {
        return from;
    }

    public RequestStatus getTo() {
        return to;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public UserAccount getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
