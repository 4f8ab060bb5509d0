package org.puente.cluster;

import java.time.Duration;
import java.time.Instant;

/** One tick of a timer under a lease: claim, work, release; or nothing, when another node has this window. */
final class LeaseRound {

    private LeaseRound() {}

    /**
     * Runs {@code work} if {@code node} gets the lease {@code name} at {@code now}; the lease is shortened to the end
     * of its window afterwards, also when the work fails (its exception goes on to the caller; a
     * failed release is added to it as suppressed).
     *
     * @return whether the work ran here
     */
    static boolean run(LeaseTable table, String name, String node, Instant now, Duration period, Runnable work) {
        if (!table.claim(name, node, now, LeaseRules.hold(now, period))) {
            return false;
        }
        try {
            work.run();
        } catch (RuntimeException failed) {
            try {
                release(table, name, node, now, period);
            } catch (RuntimeException alsoFailed) { // the work's failure is the one to tell
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        release(table, name, node, now, period);
        return true;
    }

    private static void release(LeaseTable table, String name, String node, Instant claimedAt, Duration period) {
        table.release(name, node, claimedAt, LeaseRules.afterWork(claimedAt, period));
    }
}
