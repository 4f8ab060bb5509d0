package org.puente.casework;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A time the clock stood still (a prevención: waiting for the citizen). Open while {@code end} is null.
 * {@code answerExtended} says the citizen obtained his one extension of the time to answer.
 */
public record ClockPause(OffsetDateTime start, OffsetDateTime end, boolean answerExtended) {

    public ClockPause {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A pause ends after it starts");
        }
    }

    public static ClockPause openAt(OffsetDateTime start) {
        return new ClockPause(start, null, false);
    }

    public boolean isOpen() {
        return end == null;
    }

    ClockPause endedAt(OffsetDateTime at) {
        return new ClockPause(start, at, answerExtended);
    }

    ClockPause withAnswerExtended() {
        return new ClockPause(start, end, true);
    }
}
