package org.puente.abuse;

import java.time.Duration;

/**
 * What a limit said: allowed or not, how many actions are left, and (when refused) how long until the
 * next one is allowed.
 */
public record Verdict(boolean allowed, long remaining, long capacity, Duration retryAfter) {

    /** True when at most a fifth of the budget is left: the forms then ask for a proof of work. */
    public boolean isNear() {
        return remaining * 5 <= capacity;
    }
}
