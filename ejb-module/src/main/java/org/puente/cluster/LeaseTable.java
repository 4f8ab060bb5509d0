package org.puente.cluster;

import java.time.Instant;

/** Where the leases are kept (the cluster_lease table; a map in the unit tests). Each call is atomic on its own. */
public interface LeaseTable {

    /**
     * Takes the lease {@code name} for {@code holder} until {@code until} when nobody holds it at {@code now} (its
     * held_until is not after {@code now}); creates it when it does not exist yet.
     *
     * @return whether {@code holder} has it now
     */
    boolean claim(String name, String holder, Instant now, Instant until);

    /**
     * Shortens the lease {@code name} taken by {@code holder} at {@code claimedAt} to {@code until}, if it is still
     * that claim (nobody took it over after it expired).
     */
    void release(String name, String holder, Instant claimedAt, Instant until);
}
