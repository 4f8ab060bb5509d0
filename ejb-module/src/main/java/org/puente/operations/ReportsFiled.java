package org.puente.operations;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.puente.report.Channel;

/**
 * How many reports this node filed since it started, by channel: a Prometheus counter (a total that only grows,
 * per process, read by the metrics endpoint). A report counts when the transaction that filed it commits, not
 * before: a rolled-back intake (a refused photo, a lost race) counts nothing.
 */
public final class ReportsFiled {

    private static final Map<Channel, LongAdder> FILED = new EnumMap<>(Channel.class);

    static {
        for (Channel channel : Channel.values()) {
            FILED.put(channel, new LongAdder());
        }
    }

    private ReportsFiled() {}

    /** Counts one report of {@code channel} once the current transaction commits; the intake's one line. */
    public static void onCommit(TransactionSynchronizationRegistry transactions, Channel channel) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                committed(channel, status);
            }
        });
    }

    /** The end of a filing transaction in {@code status}: a commit counts. */
    static void committed(Channel channel, int status) {
        if (status == Status.STATUS_COMMITTED) {
            FILED.get(channel).increment();
        }
    }

    /** The reports of {@code channel} filed on this node since it started. */
    public static long count(Channel channel) {
        return FILED.get(channel).sum();
    }
}
