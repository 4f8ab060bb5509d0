package org.puente.casework;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.puente.identity.UserAccount;

/**
 * One step of a case's history, whatever the kind of case (a service report, a petition): what happened
 * ({@link #kindName}), when, which unit acted (safe in public), who (staff only), the text the step carried,
 * and for a due date that a calendar change moved, the dates before and after. Each kind of case keeps its
 * steps in its own table, with its own kinds, and says which of them the citizen reads ({@link #isPublic}).
 */
@MappedSuperclass
public abstract class CaseEntry {

    /** The kind every case's history writes when a calendar change moved its due date. */
    public static final String DUE_MOVED = "DUE_MOVED";

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime at;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    /** The unit (department or channel) that acted, safe to show in public. */
    @Column(name = "actor_unit", length = 200)
    private String actorUnit;

    @Column(name = "text", length = 4000)
    private String text;

    @Column(name = "due_before")
    private OffsetDateTime dueBefore;

    @Column(name = "due_after")
    private OffsetDateTime dueAfter;

    protected CaseEntry() {}

    protected CaseEntry(OffsetDateTime at, UserAccount actor, String actorUnit, String text) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = actor;
        this.actorUnit = actorUnit;
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    /** A moved due date: the dates before and after. */
    protected final void dueMoved(OffsetDateTime before, OffsetDateTime after) {
        this.dueBefore = before;
        this.dueAfter = after;
    }

    /** The step's kind, as its table stores it; {@link #DUE_MOVED} for a moved due date in every kind of case. */
    public abstract String kindName();

    /** What the step was, as a bundle key ({@code case.entry.DUE_MOVED} for a moved due date). */
    public abstract String messageKey();

    /** Whether the citizen reads this step on the tracking page. */
    public abstract boolean isPublic();

    /** Removes the citizen's own words from this step (an ARCO cancellation). */
    protected final void blankText() {
        this.text = null;
    }

    /** Replaces identifiers in the text (an ARCO cancellation of someone named in a staff note). */
    protected final void scrubText(UnaryOperator<String> identifiers) {
        if (text != null) {
            text = identifiers.apply(text);
        }
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

    public String getText() {
        return text;
    }

    public OffsetDateTime getDueBefore() {
        return dueBefore;
    }

    public OffsetDateTime getDueAfter() {
        return dueAfter;
    }
}
