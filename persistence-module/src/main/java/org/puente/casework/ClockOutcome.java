package org.puente.casework;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * How a case's clock ended, computed once when it closes and stored by the case: it never changes, even
 * if a holiday is added later. {@code due} is null when the clock stood still at the close (a prevención);
 * a case closed while paused, withdrawn or referred in time met its term.
 */
public record ClockOutcome(Ending ending, OffsetDateTime closedAt, OffsetDateTime due, boolean metTerm) {

    public enum Ending {
        /** The body answered. */
        ANSWERED,
        /** The citizen did not complete it within his time (desistimiento). */
        WITHDRAWN,
        /** Sent to the competent body within the referral days. */
        REFERRED
    }

    public ClockOutcome {
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    static ClockOutcome of(Ending ending, OffsetDateTime closedAt, OffsetDateTime due) {
        return new ClockOutcome(ending, closedAt, due, due == null || !closedAt.isAfter(due));
    }
}
