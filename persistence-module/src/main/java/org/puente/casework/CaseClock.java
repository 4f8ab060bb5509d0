package org.puente.casework;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.puente.platform.RuleViolation;

/**
 * The inputs of one case's legal clock and the steps that change them: received at an instant under some
 * terms, its pauses so far, its one extension, and once closed its {@link ClockOutcome}. Immutable: every
 * verb returns the new clock or refuses, with a {@link RuleViolation} for a rule a user can break and an
 * {@link IllegalStateException} for a step the clock's state does not allow. The verbs ask a
 * {@link LegalClock} (the body's calendar) for the dates their rules need.
 */
public final class CaseClock {

    private final OffsetDateTime receivedAt;
    private final ClockTerms terms;
    private final List<ClockPause> pauses;
    private final ClockExtension extension;
    private final ClockOutcome outcome;

    /** A clock as stored: checked so that no impossible history can be read back. */
    public CaseClock(
            OffsetDateTime receivedAt,
            ClockTerms terms,
            List<ClockPause> pauses,
            ClockExtension extension,
            ClockOutcome outcome) {
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.pauses = List.copyOf(pauses);
        this.extension = extension;
        this.outcome = outcome;
        OffsetDateTime last = receivedAt;
        for (int i = 0; i < this.pauses.size(); i++) {
            ClockPause p = this.pauses.get(i);
            if (p.start().isBefore(last) || (p.isOpen() && i < this.pauses.size() - 1)) {
                throw new IllegalArgumentException("Pauses follow the receipt and each other; only the last is open");
            }
            last = p.isOpen() ? p.start() : p.end();
        }
        if (extension != null
                && (extension.grantedAt().isBefore(receivedAt) || extension.units() > terms.extensionMax())) {
            throw new IllegalArgumentException("An extension within the terms, after the receipt");
        }
        if (outcome != null && outcome.closedAt().isBefore(receivedAt)) {
            throw new IllegalArgumentException("A case closes after it is received");
        }
    }

    public static CaseClock received(OffsetDateTime at, ClockTerms terms) {
        return new CaseClock(at, terms, List.of(), null, null);
    }

    /** Extends the term once, before it is due, by at most the terms' maximum, for a reason told to the citizen. */
    public CaseClock extend(LegalClock clock, OffsetDateTime at, int units, String reason) {
        requireOpen(at);
        if (!terms.allowsExtension()) {
            throw new IllegalStateException("These terms allow no extension");
        }
        if (isPaused()) {
            throw new IllegalStateException("A paused clock has no due date to extend");
        }
        if (extension != null) {
            throw new RuleViolation("clock.extension.once");
        }
        if (units < 1 || units > terms.extensionMax()) {
            throw new RuleViolation("units", "clock.extension.max", terms.extensionMax());
        }
        if (at.isAfter(clock.dueOf(this))) {
            throw new RuleViolation("clock.extension.late");
        }
        return new CaseClock(receivedAt, terms, pauses, new ClockExtension(at, units, reason), null);
    }

    /**
     * Stops the clock to ask the citizen to complete the case (a prevención): once (Ley 1755 art. 17 and
     * LGPDPPSO art. 52 both say "por una sola vez"), within the terms' days from receipt, before it is due.
     */
    public CaseClock pause(LegalClock clock, OffsetDateTime at) {
        requireOpen(at);
        PauseRules rules = pauseRules();
        if (isPaused()) {
            throw new IllegalStateException("The clock is already paused");
        }
        if (!pauses.isEmpty()) {
            throw new RuleViolation("clock.pause.once");
        }
        if (at.isAfter(clock.endOf(receivedAt, rules.askWithin())) || at.isAfter(clock.dueOf(this))) {
            throw new RuleViolation("clock.pause.late");
        }
        List<ClockPause> more = new ArrayList<>(pauses);
        more.add(ClockPause.openAt(at));
        return new CaseClock(receivedAt, terms, more, extension, null);
    }

    /** The citizen answered: the clock runs again (or starts again, when the terms say so). */
    public CaseClock resume(LegalClock clock, OffsetDateTime at) {
        requireOpen(at);
        ClockPause open = openPause();
        if (at.isBefore(open.start())) {
            throw new IllegalArgumentException("An answer comes after the request");
        }
        if (at.isAfter(answerDue(clock))) {
            throw new RuleViolation("clock.answer.late");
        }
        return withLastPause(open.endedAt(at));
    }

    /** The citizen asked, before his time ran out, for his one extension of it (as long again). */
    public CaseClock extendAnswerTime(LegalClock clock, OffsetDateTime at) {
        requireOpen(at);
        ClockPause open = openPause();
        if (!pauseRules().answerExtendable()) {
            throw new RuleViolation("clock.answer.notExtendable");
        }
        if (open.answerExtended()) {
            throw new RuleViolation("clock.answer.extendedOnce");
        }
        if (at.isAfter(answerDue(clock))) {
            throw new RuleViolation("clock.answer.late");
        }
        return withLastPause(open.withAnswerExtended());
    }

    /** When the citizen's time to answer the open prevención ends. */
    public OffsetDateTime answerDue(LegalClock clock) {
        ClockPause open = openPause();
        ClockSpan time = pauseRules().answerWithin();
        return clock.endOf(open.start(), open.answerExtended() ? time.times(2) : time);
    }

    /** Closes the case as withdrawn when the citizen let his time to answer pass; otherwise the same clock. */
    public CaseClock withdrawIfSilent(LegalClock clock, OffsetDateTime now) {
        if (isClosed() || !isPaused() || !now.isAfter(answerDue(clock))) {
            return this;
        }
        return closed(ClockOutcome.of(ClockOutcome.Ending.WITHDRAWN, now, null));
    }

    /** The last instant at which the case may still be referred to the competent body. */
    public OffsetDateTime referralDeadline(LegalClock clock) {
        ClockSpan within =
                terms.referral().orElseThrow(() -> new IllegalStateException("These terms have no referral"));
        return clock.endOf(receivedAt, within);
    }

    /** Refers the case to the competent body, which closes it here; only within the referral days. */
    public CaseClock refer(LegalClock clock, OffsetDateTime at) {
        requireOpen(at);
        if (at.isAfter(referralDeadline(clock))) {
            throw new RuleViolation("clock.referral.late");
        }
        return closed(ClockOutcome.of(ClockOutcome.Ending.REFERRED, at, clock.dueOf(this)));
    }

    /** The body answered: whether it met its term is decided now, once, and stored with the case. */
    public CaseClock close(LegalClock clock, OffsetDateTime at) {
        requireOpen(at);
        return closed(ClockOutcome.of(ClockOutcome.Ending.ANSWERED, at, clock.dueOf(this)));
    }

    /** For terms with a time to carry out the answer (ARCO): when that ends, counted from the answer. */
    public OffsetDateTime executionDue(LegalClock clock) {
        ClockSpan within = terms.execution().orElseThrow(() -> new IllegalStateException("Nothing to carry out"));
        if (outcome == null || outcome.ending() != ClockOutcome.Ending.ANSWERED) {
            throw new IllegalStateException("Carried out after an answer only");
        }
        return clock.endOf(outcome.closedAt(), within);
    }

    private void requireOpen(OffsetDateTime at) {
        Objects.requireNonNull(at, "at");
        if (isClosed()) {
            throw new IllegalStateException("The case's clock is closed");
        }
        if (at.isBefore(receivedAt)) {
            throw new IllegalArgumentException("A step comes after the receipt");
        }
    }

    private PauseRules pauseRules() {
        return terms.pauseRules().orElseThrow(() -> new IllegalStateException("These terms have no prevención"));
    }

    private ClockPause openPause() {
        if (!isPaused()) {
            throw new IllegalStateException("The clock is not paused");
        }
        return pauses.get(pauses.size() - 1);
    }

    private CaseClock withLastPause(ClockPause pause) {
        List<ClockPause> changed = new ArrayList<>(pauses);
        changed.set(changed.size() - 1, pause);
        return new CaseClock(receivedAt, terms, changed, extension, outcome);
    }

    private CaseClock closed(ClockOutcome result) {
        return new CaseClock(receivedAt, terms, pauses, extension, result);
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public ClockTerms terms() {
        return terms;
    }

    public List<ClockPause> pauses() {
        return pauses;
    }

    /** The extension granted, or null. */
    public ClockExtension extension() {
        return extension;
    }

    /** How it ended, or null while open. */
    public ClockOutcome outcome() {
        return outcome;
    }

    public boolean isClosed() {
        return outcome != null;
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }
}
