package org.puente.transparency;

/**
 * Deadline compliance of a group's reports, rejected and duplicate ones left out: resolved (or
 * resolved and then closed) by the deadline, resolved after it, still open with the deadline passed,
 * and still open within it. The on-time share counts the open overdue ones as missed, so a group
 * cannot look punctual by leaving its late reports open.
 */
public record Compliance(long onTime, long late, long openOverdue, long openWithinTerm) {

    public static final Compliance NONE = new Compliance(0, 0, 0, 0);

    public Compliance plus(Compliance other) {
        return new Compliance(
                onTime + other.onTime,
                late + other.late,
                openOverdue + other.openOverdue,
                openWithinTerm + other.openWithinTerm);
    }

    /** Every report these figures speak of (not rejected or duplicate). */
    public long total() {
        return onTime + late + openOverdue + openWithinTerm;
    }

    /** The reports whose deadline is decided: met, missed, or missed while still open. */
    public long decided() {
        return onTime + late + openOverdue;
    }

    /** On time / (on time + late + open overdue), from 0 to 1; null when none is decided yet. */
    public Double onTimeShare() {
        return decided() == 0 ? null : (double) onTime / decided();
    }

    /** A count's share of {@link #total()}, from 0 to 1; null when there is none. */
    public Double shareOf(long count) {
        return total() == 0 ? null : (double) count / total();
    }
}
