package org.puente.abuse;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import org.puente.platform.BusinessException;

/**
 * A limit refused an action: the message ({@code abuse.wait}) tells how many minutes to wait, and an API
 * answers 429 with {@code Retry-After} in seconds.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends BusinessException {

    private final Limit limit;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String field, Limit limit, Duration retryAfter) {
        super(field, "abuse.wait", minutes(retryAfter));
        this.limit = limit;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait in whole minutes, rounded up (at least one), for the message. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public Limit getLimit() {
        return limit;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
