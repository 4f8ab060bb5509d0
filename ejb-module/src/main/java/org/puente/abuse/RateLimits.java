package org.puente.abuse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place that says whether an action may happen now: every entry point (sign-in, registration,
 * the report form, Open311, the chat, the forum, the survey) asks with a named {@link Limit} and a key
 * (the client's address, an account, an API key). Each limit is a token bucket of Bucket4j, kept in the
 * cluster's Hazelcast grid so that a client who is refused on one node is refused on all of them; a server
 * without Hazelcast keeps them in memory. Which one is in use is written to the log at start-up.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

    private final Map<Limit, LimitRule> rules = new EnumMap<>(Limit.class);
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private BucketStore store;

    public RateLimits() {}

    /** Outside a server (the unit tests): these rules over this store. */
    RateLimits(Map<Limit, LimitRule> rules, BucketStore store) {
        configure(rules);
        this.store = store;
    }

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig();
        Map<Limit, LimitRule> configured = new EnumMap<>(Limit.class);
        for (Limit limit : Limit.values()) {
            configured.put(
                    limit,
                    config.getOptionalValue("puente.limit." + limit.key(), String.class)
                            .map(LimitRule::parse)
                            .orElse(limit.defaultRule()));
        }
        configure(configured);
        store = HazelcastBucketStore.lookUp().orElseGet(LocalBucketStore::new);
        LOG.info(() -> "Rate limits: " + store.describe() + "; " + rules);
    }

    private void configure(Map<Limit, LimitRule> given) {
        for (Limit limit : Limit.values()) {
            LimitRule rule = given.getOrDefault(limit, limit.defaultRule());
            rules.put(limit, rule);
            configurations.put(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(rule.count())
                                    .refillGreedy(rule.count(), rule.period())
                                    .build())
                            .build());
        }
    }

    /** Takes one action from the budget of this key, if there is one left. */
    public Verdict take(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return new Verdict(
                probe.isConsumed(),
                probe.getRemainingTokens(),
                rules.get(limit).count(),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Takes one action, or refuses with {@link TooManyRequestsException} (shown beside {@code field}, if given). */
    public void require(Limit limit, String key, String field) {
        Verdict verdict = take(limit, key);
        if (!verdict.allowed()) {
            throw new TooManyRequestsException(field, limit, verdict.retryAfter());
        }
    }

    /** What is left of this key's budget, without taking anything. */
    public Verdict peek(Limit limit, String key) {
        Bucket bucket = bucket(limit, key);
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return new Verdict(
                probe.canBeConsumed(),
                bucket.getAvailableTokens(),
                rules.get(limit).count(),
                probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Refuses (as {@link #require}) when nothing is left, without taking anything. */
    public void check(Limit limit, String key, String field) {
        Verdict verdict = peek(limit, key);
        if (!verdict.allowed()) {
            throw new TooManyRequestsException(field, limit, verdict.retryAfter());
        }
    }

    /** Gives back an action taken for something that then did not count (a sign-in that succeeded). */
    public void giveBack(Limit limit, String key) {
        bucket(limit, key).addTokens(1);
    }

    /**
     * Whether any bucket of this limit whose key starts with {@code keyPrefix} is used up (e.g. one
     * name's sign-in from any address: the prefix is the name and the separator).
     */
    public boolean anyExhausted(Limit limit, String keyPrefix) {
        String prefix = limit.key() + "|" + normalise(keyPrefix);
        return store.keysStartingWith(prefix).stream()
                .anyMatch(k -> store.bucket(k, configurations.get(limit)).getAvailableTokens() <= 0);
    }

    /** Forgets every bucket of this limit whose key starts with {@code keyPrefix}: they start full again. */
    public int forget(Limit limit, String keyPrefix) {
        String prefix = limit.key() + "|" + normalise(keyPrefix);
        var keys = store.keysStartingWith(prefix);
        keys.forEach(store::forget);
        return keys.size();
    }

    public LimitRule rule(Limit limit) {
        return rules.get(limit);
    }

    /** A secret shared by every node (made once), for signing challenges. */
    byte[] sharedSecret(String name) {
        return store.sharedSecret(name);
    }

    private Bucket bucket(Limit limit, String key) {
        return store.bucket(limit.key() + "|" + normalise(key), configurations.get(limit));
    }

    /** Keys compare without case and surrounding spaces ("Admin " and "admin" are one name). */
    static String normalise(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    }
}
