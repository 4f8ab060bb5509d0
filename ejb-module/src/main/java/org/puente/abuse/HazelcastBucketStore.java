package org.puente.abuse;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The buckets in Payara's Hazelcast data grid, shared by every node of the cluster. Bucket4j's lock-based
 * proxy keeps each bucket's state as a {@code byte[]} in an {@code IMap}, so the Hazelcast members need no
 * Bucket4j class (Payara's Hazelcast cannot load the application's classes); an entry expires once its
 * bucket would be full again.
 */
final class HazelcastBucketStore implements BucketStore {

    private static final Logger LOG = Logger.getLogger(HazelcastBucketStore.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";
    static final String MAP = "puente-rate-limits";
    private static final String SECRETS = "puente-secrets";
    /** One generator for the secrets (SecureRandom is thread-safe), seeded once rather than per secret. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HazelcastInstance hazelcast;
    private final ProxyManager<String> proxies;

    private HazelcastBucketStore(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        IMap<String, byte[]> map = hazelcast.getMap(MAP);
        this.proxies = Bucket4jHazelcast.lockBasedBuilder(map)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Payara's Hazelcast instance, when this server runs one. */
    static Optional<BucketStore> lookUp() {
        try {
            Object found = InitialContext.doLookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hz
                    && hz.getLifecycleService().isRunning()) {
                return Optional.of(new HazelcastBucketStore(hz));
            }
            return Optional.empty();
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "No Hazelcast at " + JNDI_NAME, e);
            return Optional.empty();
        }
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return proxies.builder().build(key, () -> configuration);
    }

    @Override
    public java.util.Set<String> keysStartingWith(String prefix) {
        // An administrator's look at one name: the map's keys are few (entries expire once full again).
        IMap<String, byte[]> map = hazelcast.getMap(MAP);
        return map.keySet().stream().filter(k -> k.startsWith(prefix)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void forget(String key) {
        proxies.removeProxy(key);
    }

    @Override
    public byte[] sharedSecret(String name) {
        IMap<String, byte[]> secrets = hazelcast.getMap(SECRETS);
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        byte[] earlier = secrets.putIfAbsent(name, fresh);
        return earlier == null ? fresh : earlier;
    }

    @Override
    public String describe() {
        return "Bucket4j buckets in Payara's Hazelcast map " + MAP + " (shared by the cluster's "
                + hazelcast.getCluster().getMembers().size() + " member(s) now)";
    }
}
