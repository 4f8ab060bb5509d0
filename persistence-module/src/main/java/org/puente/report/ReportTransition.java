package org.puente.report;

import jakarta.persistence.AttributeOverride;
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
import org.puente.casework.CaseEntry;
import org.puente.identity.UserAccount;

/**
 * One step of a report's history ({@link CaseEntry}: when, which unit, who, the note in its {@code text}):
 * from which status to which. The
 * public tracking page shows the unit that acted (actorUnit), never the staff member's name, and
 * only the public kinds of step ({@link Kind#isPublic()}): an internal note stays with the staff.
 */
@Entity
@Table(name = "report_transition")
@AttributeOverride(name = "text", column = @Column(name = "note", length = 2000))
public class ReportTransition extends CaseEntry {

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
        CITIZEN(true),
        /** A calendar change (a holiday added later) moved the due date: the reporter sees why and the dates. */
        DUE_MOVED(true);

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
        super(at, actor, actorUnit, note);
        this.report = report;
        this.kind = kind;
        this.assignee = assignee;
        this.from = from;
        this.to = to;
    }

    static ReportTransition dueMoved(
            ServiceReport report, OffsetDateTime at, OffsetDateTime before, OffsetDateTime after, String why) {
        ReportTransition t = new ReportTransition(
                report, Kind.DUE_MOVED, report.getStatus(), report.getStatus(), at, null, null, why, null);
        t.dueMoved(before, after);
        return t;
    }

    /** ARCO cancellation: the reporter's own words go; in anyone else's note, his identifiers are replaced. */
    void scrub(java.util.function.UnaryOperator<String> identifiers) {
        if (kind == Kind.CITIZEN) {
            blankText();
        } else {
            scrubText(identifiers);
        }
    }

    @Override
    public String kindName() {
        return kind.name();
    }

    @Override
    public String messageKey() {
        return switch (kind) {
            case NOTE -> "report.internalNote";
            case HANDOVER -> "report.history.handover";
            case DUE_MOVED -> "case.entry." + DUE_MOVED;
            case STEP, CITIZEN -> to.messageKey();
        };
    }

    @Override
    public boolean isPublic() {
        return kind.isPublic();
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

    public Kind getKind() {
        return kind;
    }

    public UserAccount getAssignee() {
        return assignee;
    }
}
