package org.puente.casework;

import org.puente.platform.RuleViolation;

/**
 * When a running case turns "por vencer": once a share of its term is used ({@code percent}, e.g. 75),
 * or a number of units before it is due ({@code unitsBefore}, e.g. 3 days). Exactly one of them is set;
 * a share is a whole percent, never a floating-point number.
 */
public record ClockWarning(int percent, int unitsBefore) {

    public ClockWarning {
        boolean share = percent > 0 && percent < 100 && unitsBefore == 0;
        boolean before = percent == 0 && unitsBefore > 0;
        if (!share && !before) {
            throw new RuleViolation("warning", "clock.warning.invalid");
        }
    }

    public static ClockWarning atPercent(int percent) {
        return new ClockWarning(percent, 0);
    }

    public static ClockWarning unitsBefore(int units) {
        return new ClockWarning(0, units);
    }

    /** The point of warning, in hundredths of a unit of a term of {@code totalUnits}; at least zero. */
    long hundredthsInto(int totalUnits) {
        long at = percent > 0 ? (long) totalUnits * percent : (long) (totalUnits - unitsBefore) * 100;
        return Math.max(0, at);
    }
}
