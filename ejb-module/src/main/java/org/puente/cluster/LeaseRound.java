package org.puente.cluster;

import java.time.Duration;
import java.time.Instant;

/** One tick of a timer under a lease: claim, work, release; or nothing, when another node has this window. */
final class LeaseRound {

    private LeaseRound() {}

    /**
     * Runs {@code work} if {@code node} gets the lease {@code name} at {@code now}; the lease is shortened to the end
     * of its window afterwards, also when the work fails (its exception goes on to the caller).
     *
     * @return whether the work ran here
     */
    static boolean run(LeaseTable table, String name, String node, Instant now, Duration period, Runnable work) {
        if (!table.claim(name, node, now, LeaseRules.hold(now, period))) {
            return false;
        }
        try {
            work.run();
        } finally {
            table.release(name, node, now, LeaseRules.afterWork(now, period));
        }
        return true;
    }
}
