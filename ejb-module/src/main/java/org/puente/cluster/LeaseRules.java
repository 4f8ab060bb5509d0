package org.puente.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of a periodic lease, written once for the database and the tests.
 *
 * <p>Time is cut into windows of one period, each centred on a multiple of the period since the epoch: a timer that
 * fires every 30 seconds at :00 and :30 fires in the middle of its window, so nodes whose timers (or clocks) are a
 * few seconds apart still fall in the same window. Of the nodes ticking in one window, the first to claim the lease
 * works; while it works the lease is held for {@link #hold} (a node that dies mid-work keeps the others out that
 * long, no longer); when it is done the lease is held to the end of its window only, so that the next window's
 * first tick, on any node, gets it. Work that outlasts its hold may meet the next window's run on another node:
 * the timers' work is made of small steps that each check their own state, so that costs time, not correctness.
 */
public final class LeaseRules {

    /** The shortest a running claim is held, so that a slow 30-second round is not joined by the next one. */
    static final Duration MIN_HOLD = Duration.ofMinutes(2);

    private LeaseRules() {}

    /** The end of the window of {@code period} that {@code now} falls in. */
    public static Instant windowEnd(Instant now, Duration period) {
        long p = requirePositive(period).toMillis();
        long index = Math.floorDiv(now.toEpochMilli() + p / 2, p);
        return Instant.ofEpochMilli(index * p + (p - p / 2));
    }

    /** Until when a claim made at {@code now} is held while its work runs. */
    public static Instant hold(Instant now, Duration period) {
        Duration hold = requirePositive(period).compareTo(MIN_HOLD) > 0 ? period : MIN_HOLD;
        return now.plus(hold);
    }

    /** Until when a claim made at {@code claimedAt} is held once its work is done: the end of its window. */
    public static Instant afterWork(Instant claimedAt, Duration period) {
        return windowEnd(claimedAt, period);
    }

    /** Whether a lease held until {@code heldUntil} may be taken at {@code now}. */
    public static boolean free(Instant heldUntil, Instant now) {
        return !heldUntil.isAfter(now);
    }

    private static Duration requirePositive(Duration period) {
        if (period.isNegative() || period.isZero() || period.toMillis() == 0) {
            throw new IllegalArgumentException("A lease's period must be at least a millisecond: " + period);
        }
        return period;
    }
}
