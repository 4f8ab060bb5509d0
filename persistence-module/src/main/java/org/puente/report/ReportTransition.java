package org.puente.report;

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

/**
 * One step of a report's history: from which status to which, when, who, and the note. The
 * public tracking page shows the unit that acted (actorUnit), never the staff member's name, and
 * only the public kinds of step ({@link Kind#isPublic()}): an internal note stays with the staff.
 */
@Entity
@Table(name = "report_transition")
public class ReportTransition {

    @Id
    @SequenceGenerator(name = "report_transition_seq", sequenceName = "report_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_transition_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ServiceReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ReportStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ReportStatus to;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime at;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    /** The unit (department or channel) that acted, safe to show in public. */
    @Column(name = "actor_unit", length = 200)
    private String actorUnit;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind = Kind.STEP;

    /** The person this step gave the work to (an assignment or a hand-over), else null. */
    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    /** What a step is, and who may read it. */
    public enum Kind {
        /** A status change by staff: the reporter sees it and is told by e-mail. */
        STEP(true),
        /** A note among staff: never shown in public, never e-mailed to the reporter. */
        NOTE(false),
        /** The work given to another person without a status change: staff only. */
        HANDOVER(false),
        /** The reporter himself reopened the report (he said it was not fixed). */
        CITIZEN(true);

        private final boolean shownInPublic;

        Kind(boolean shownInPublic) {
            this.shownInPublic = shownInPublic;
        }

        public boolean isPublic() {
            return shownInPublic;
        }
    }

    protected ReportTransition() {}

    ReportTransition(
            ServiceReport report,
            ReportStatus from,
            ReportStatus to,
            OffsetDateTime at,
            UserAccount actor,
            String actorUnit,
            String note) {
        this(report, Kind.STEP, from, to, at, actor, actorUnit, note, null);
    }

    ReportTransition(
            ServiceReport report,
            Kind kind,
            ReportStatus from,
            ReportStatus to,
            OffsetDateTime at,
            UserAccount actor,
            String actorUnit,
            String note,
            UserAccount assignee) {
        this.report = report;
        this.kind = kind;
        this.assignee = assignee;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.actorUnit = actorUnit;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** ARCO cancellation: the reporter's own words go; in anyone else's note, his identifiers are replaced. */
    void scrub(java.util.function.UnaryOperator<String> identifiers) {
        if (note == null) {
            return;
        }
        note = kind == Kind.CITIZEN ? null : identifiers.apply(note);
    }

    public Long getId() {
        return id;
    }

    public ServiceReport getReport() {
        return report;
    }

    public ReportStatus getFrom() {
        return from;
    }

    public ReportStatus getTo() {
        return to;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public UserAccount getActor() {
        return actor;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public String getNote() {
        return note;
    }

    public Kind getKind() {
        return kind;
    }

    public UserAccount getAssignee() {
        return assignee;
    }
}
