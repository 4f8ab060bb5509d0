package org.puente.abuse;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bucket4j's local buckets in this server's memory, for a server without Hazelcast (Payara Micro with
 * {@code --nohazelcast}, the Arquillian tests). Buckets that have filled up again are dropped now and then,
 * so that a stream of addresses seen once does not fill the memory.
 */
final class LocalBucketStore implements BucketStore {

    private static final int SWEEP_EVERY = 4096;
    /** One generator for the secrets (SecureRandom is thread-safe), seeded once rather than per secret. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeMeter time;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    private record Entry(LocalBucket bucket, long capacity) {}

    LocalBucketStore() {
        this(TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the given clock (the unit tests move it). */
    LocalBucketStore(TimeMeter time) {
        this.time = time;
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        if (uses.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
        }
        return buckets.computeIfAbsent(key, k -> {
                    var builder = Bucket.builder().withCustomTimePrecision(time);
                    for (var bandwidth : configuration.getBandwidths()) {
                        builder.addLimit(bandwidth);
                    }
                    return new Entry(builder.build(), configuration.getBandwidths()[0].getCapacity());
                })
                .bucket();
    }

    @Override
    public java.util.Set<String> keysStartingWith(String prefix) {
        return buckets.keySet().stream().filter(k -> k.startsWith(prefix)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void forget(String key) {
        buckets.remove(key);
    }

    @Override
    public byte[] sharedSecret(String name) {
        return secrets.computeIfAbsent(name, n -> {
                    byte[] secret = new byte[32];
                    RANDOM.nextBytes(secret);
                    return secret;
                })
                .clone();
    }

    @Override
    public String describe() {
        return "Bucket4j local buckets (this server only: no Hazelcast)";
    }
}
