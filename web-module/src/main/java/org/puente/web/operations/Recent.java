package org.puente.web.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read again only when the last reading is {@code maxAge} old: the metrics' gauges over the database ask
 * it on every scrape, the database answers at most once per {@code maxAge}. A reading that fails is not kept (the
 * next scrape tries again).
 */
final class Recent<T> {

    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long readAt;

    Recent(Supplier<T> source, Duration maxAge, LongSupplier nanoTime) {
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (value == null || now - readAt >= maxAgeNanos) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
