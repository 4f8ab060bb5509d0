package org.puente.casework;

import java.util.Objects;
import java.util.Optional;
import org.puente.platform.RuleViolation;

/**
 * The legal clock of one case type of one body: its term and how it is counted, when it warns, whether
 * it may be extended (once, by at most {@code extensionMax} units of the term, before it is due; 0 means
 * never), its prevención ({@link PauseRules}, none when null), the days within which a case may be referred
 * to the competent body (none when null) and, for rights that are carried out after the answer (ARCO),
 * the time to carry it out (none when null).
 */
public record ClockTerms(
        ClockSpan term,
        ClockStart start,
        ClockWarning warning,
        int extensionMax,
        PauseRules pause,
        ClockSpan referralWithin,
        ClockSpan executionWithin) {

    public ClockTerms {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(warning, "warning");
        if (!term.unit().isTermUnit()) {
            throw new RuleViolation("unit", "clock.terms.unit");
        }
        if (term.unit() == ClockUnit.CALENDAR_DAYS && start != ClockStart.DAY_AFTER_RECEIPT) {
            throw new RuleViolation("start", "clock.terms.calendarStart");
        }
        if (warning.unitsBefore() >= term.amount()) {
            throw new RuleViolation("warning", "clock.warning.beyondTerm", term.amount());
        }
        if (extensionMax < 0 || extensionMax > ClockSpan.MAX_AMOUNT) {
            throw new RuleViolation("extensionMax", "clock.span.amount", extensionMax, ClockSpan.MAX_AMOUNT);
        }
    }

    /** A term counted from the day after receipt, warning at 75%, nothing else. */
    public static ClockTerms simple(ClockSpan term) {
        return new ClockTerms(term, ClockStart.DAY_AFTER_RECEIPT, ClockWarning.atPercent(75), 0, null, null, null);
    }

    /** The same terms with another amount of the same unit (an administrator editing a preset). */
    public ClockTerms withTerm(int amount) {
        return new ClockTerms(
                new ClockSpan(amount, term.unit()),
                start,
                warning,
                extensionMax,
                pause,
                referralWithin,
                executionWithin);
    }

    public ClockTerms withStart(ClockStart newStart) {
        return new ClockTerms(term, newStart, warning, extensionMax, pause, referralWithin, executionWithin);
    }

    public ClockTerms withWarning(ClockWarning newWarning) {
        return new ClockTerms(term, start, newWarning, extensionMax, pause, referralWithin, executionWithin);
    }

    public ClockTerms withExtension(int max) {
        return new ClockTerms(term, start, warning, max, pause, referralWithin, executionWithin);
    }

    public ClockTerms withPause(PauseRules rules) {
        return new ClockTerms(term, start, warning, extensionMax, rules, referralWithin, executionWithin);
    }

    public ClockTerms withReferral(ClockSpan within) {
        return new ClockTerms(term, start, warning, extensionMax, pause, within, executionWithin);
    }

    public boolean allowsExtension() {
        return extensionMax > 0;
    }

    public Optional<PauseRules> pauseRules() {
        return Optional.ofNullable(pause);
    }

    public Optional<ClockSpan> referral() {
        return Optional.ofNullable(referralWithin);
    }

    public Optional<ClockSpan> execution() {
        return Optional.ofNullable(executionWithin);
    }
    /**
     * The terms as one line of text, as a case stores them (the terms in force when it was received: a later
     * edit of the body's setting never changes an open case's term). {@link #decode} reads it back.
     */
    public String encode() {
        return span(term) + "|" + start.name() + "|"
                + (warning.percent() > 0 ? "P" + warning.percent() : "U" + warning.unitsBefore())
                + "|" + extensionMax + "|"
                + (pause == null
                        ? "-"
                        : span(pause.askWithin()) + "," + span(pause.answerWithin()) + "," + pause.answerExtendable()
                                + "," + pause.restartsTerm())
                + "|" + (referralWithin == null ? "-" : span(referralWithin))
                + "|" + (executionWithin == null ? "-" : span(executionWithin));
    }

    public static ClockTerms decode(String text) {
        String[] f = Objects.requireNonNull(text, "text").split("\\|", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("Not clock terms: " + text);
        }
        ClockWarning warning = f[2].startsWith("P")
                ? ClockWarning.atPercent(Integer.parseInt(f[2].substring(1)))
                : ClockWarning.unitsBefore(Integer.parseInt(f[2].substring(1)));
        PauseRules pause = null;
        if (!"-".equals(f[4])) {
            String[] p = f[4].split(",");
            pause = new PauseRules(span(p[0]), span(p[1]), Boolean.parseBoolean(p[2]), Boolean.parseBoolean(p[3]));
        }
        return new ClockTerms(
                span(f[0]),
                ClockStart.valueOf(f[1]),
                warning,
                Integer.parseInt(f[3]),
                pause,
                "-".equals(f[5]) ? null : span(f[5]),
                "-".equals(f[6]) ? null : span(f[6]));
    }

    private static String span(ClockSpan s) {
        return s.amount() + " " + s.unit().name();
    }

    private static ClockSpan span(String text) {
        String[] p = text.split(" ");
        return new ClockSpan(Integer.parseInt(p[0]), ClockUnit.valueOf(p[1]));
    }
}
