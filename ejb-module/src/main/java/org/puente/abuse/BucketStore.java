package org.puente.abuse;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where the token buckets live: the cluster's Hazelcast grid, or this server's memory when it runs alone. */
interface BucketStore {

    /** The bucket under this key, created with the configuration when it does not exist (or has expired). */
    Bucket bucket(String key, BucketConfiguration configuration);

    /** A random secret shared by every node, made once (for the proof-of-work challenges). */
    byte[] sharedSecret(String name);

    /** The keys starting with the prefix (an administrator looks at or clears one name's sign-in buckets). */
    java.util.Set<String> keysStartingWith(String prefix);

    /** Removes the bucket under this key: its next use starts full. */
    void forget(String key);

    /** For the log: which store this is. */
    String describe();
}
