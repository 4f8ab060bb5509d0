package org.puente.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's legal clock as a row stores it: the {@link CaseClock}'s inputs (receipt, the terms in force
 * then, its one pause, its one extension, its outcome) and, beside them, the engine's last reading (due
 * date and warning point), so that queues sort and filter by due date and light without computing, and a
 * holiday added later updates the due date of open cases in one batch. Every case kind embeds this one
 * record; only {@link #store} writes it, always from a clock and the engine's reading of it.
 */
@Embeddable
public class ClockRecord {

    @Column(name = "clock_received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "clock_terms", nullable = false, length = 200)
    private String terms;

    @Column(name = "clock_pause_start")
    private OffsetDateTime pauseStart;

    @Column(name = "clock_pause_end")
    private OffsetDateTime pauseEnd;

    @Column(name = "clock_answer_extended", nullable = false)
    private boolean answerExtended;

    @Column(name = "clock_extended_at")
    private OffsetDateTime extendedAt;

    @Column(name = "clock_extension_units")
    private Integer extensionUnits;

    @Column(name = "clock_extension_reason", length = 1000)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_ending", length = 12)
    private ClockOutcome.Ending ending;

    @Column(name = "clock_closed_at")
    private OffsetDateTime closedAt;

    /** The due date at the close, as the outcome recorded it (null when closed while paused). */
    @Column(name = "clock_closed_due")
    private OffsetDateTime closedDue;

    @Column(name = "clock_met_term")
    private Boolean metTerm;

    /** The engine's last reading: when the case is due; null while paused. */
    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    /** The engine's last reading: from when it is "por vencer"; null when not reached before a pause. */
    @Column(name = "warn_from")
    private OffsetDateTime warnFrom;

    protected ClockRecord() {}

    /** A new record of a clock and the engine's reading of it. */
    public static ClockRecord of(CaseClock clock, ClockReading reading) {
        ClockRecord r = new ClockRecord();
        r.store(clock, reading);
        return r;
    }

    /** Writes a clock after one of its verbs, with the engine's new reading. */
    public void store(CaseClock clock, ClockReading reading) {
        if (clock.pauses().size() > 1) {
            throw new IllegalArgumentException("A case keeps one prevención");
        }
        receivedAt = clock.receivedAt();
        terms = clock.terms().encode();
        ClockPause pause = clock.pauses().isEmpty() ? null : clock.pauses().get(0);
        pauseStart = pause == null ? null : pause.start();
        pauseEnd = pause == null ? null : pause.end();
        answerExtended = pause != null && pause.answerExtended();
        ClockExtension ext = clock.extension();
        extendedAt = ext == null ? null : ext.grantedAt();
        extensionUnits = ext == null ? null : ext.units();
        extensionReason = ext == null ? null : ext.reason();
        ClockOutcome out = clock.outcome();
        ending = out == null ? null : out.ending();
        closedAt = out == null ? null : out.closedAt();
        closedDue = out == null ? null : out.due();
        metTerm = out == null ? null : out.metTerm();
        if (out == null) {
            dueAt = reading.due();
            warnFrom = reading.warnFrom();
        }
    }

    /**
     * Closes a clock that never pauses and is never extended (a service report's) as answered at {@code at}:
     * its stored due date is the engine's reading, kept current by every recalculation, so whether it met
     * its term is decided from it, once.
     */
    public void answer(OffsetDateTime at) {
        CaseClock open = clock();
        if (open.isClosed() || !open.pauses().isEmpty() || open.extension() != null) {
            throw new IllegalStateException("Only an open clock with no pause and no extension closes this way");
        }
        if (at.isBefore(receivedAt)) {
            throw new IllegalArgumentException("A case closes after it is received");
        }
        ClockOutcome out = ClockOutcome.of(ClockOutcome.Ending.ANSWERED, at, dueAt);
        ending = out.ending();
        closedAt = out.closedAt();
        closedDue = out.due();
        metTerm = out.metTerm();
    }

    /** Only the due date moves: what a recalculation after a calendar change writes. */
    public void moveDue(ClockReading reading) {
        if (ending != null) {
            throw new IllegalStateException("A closed case's outcome never changes");
        }
        dueAt = reading.due();
        warnFrom = reading.warnFrom();
    }

    /** The clock these columns hold. */
    public CaseClock clock() {
        ClockOutcome out =
                ending == null ? null : new ClockOutcome(ending, closedAt, closedDue, Boolean.TRUE.equals(metTerm));
        return clockOf(
                receivedAt,
                terms,
                pauseStart,
                pauseEnd,
                answerExtended,
                extendedAt,
                extensionUnits,
                extensionReason,
                out);
    }

    /**
     * The clock of an open case from its columns as read by a batch that does not load the entity (the
     * recalculation after a calendar change): the one mapping of these columns to a clock.
     */
    public static CaseClock openClock(
            OffsetDateTime receivedAt,
            String terms,
            OffsetDateTime pauseStart,
            OffsetDateTime pauseEnd,
            boolean answerExtended,
            OffsetDateTime extendedAt,
            Integer extensionUnits,
            String extensionReason) {
        return clockOf(
                receivedAt,
                terms,
                pauseStart,
                pauseEnd,
                answerExtended,
                extendedAt,
                extensionUnits,
                extensionReason,
                null);
    }

    private static CaseClock clockOf(
            OffsetDateTime receivedAt,
            String terms,
            OffsetDateTime pauseStart,
            OffsetDateTime pauseEnd,
            boolean answerExtended,
            OffsetDateTime extendedAt,
            Integer extensionUnits,
            String extensionReason,
            ClockOutcome out) {
        List<ClockPause> pauses = new ArrayList<>(1);
        if (pauseStart != null) {
            pauses.add(new ClockPause(pauseStart, pauseEnd, answerExtended));
        }
        ClockExtension ext =
                extendedAt == null ? null : new ClockExtension(extendedAt, extensionUnits, extensionReason);
        return new CaseClock(receivedAt, ClockTerms.decode(terms), pauses, ext, out);
    }

    /** The light from the stored reading, without the engine. */
    public ClockLight lightAt(OffsetDateTime now) {
        if (ending != null) {
            return ClockLight.ATENDIDO;
        }
        if (dueAt == null) {
            return warnFrom != null && !warnFrom.isAfter(pauseStart) ? ClockLight.POR_VENCER : ClockLight.EN_TERMINO;
        }
        if (now.isAfter(dueAt)) {
            return ClockLight.VENCIDO;
        }
        return warnFrom != null && !now.isBefore(warnFrom) ? ClockLight.POR_VENCER : ClockLight.EN_TERMINO;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public OffsetDateTime getDueAt() {
        return isClosed() ? closedDue : dueAt;
    }

    public OffsetDateTime getWarnFrom() {
        return warnFrom;
    }

    public boolean isPaused() {
        return pauseStart != null && pauseEnd == null && ending == null;
    }

    public boolean isClosed() {
        return ending != null;
    }

    public ClockOutcome.Ending getEnding() {
        return ending;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    /** Whether the case met its term, recorded at the close; null while open. */
    public Boolean getMetTerm() {
        return metTerm;
    }

    public OffsetDateTime getPauseStart() {
        return pauseStart;
    }

    public OffsetDateTime getExtendedAt() {
        return extendedAt;
    }

    public String getExtensionReason() {
        return extensionReason;
    }
}
