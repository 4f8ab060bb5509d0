package org.puente.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bodies whose debunks and news have a feed, which every public page announces in its head: kept for a
 * minute (a scheduled item's body appears within it) and forgotten as soon as a change commits.
 */
@ApplicationScoped
public class FeedBodies {

    static final Duration KEPT = Duration.ofMinutes(1);

    /** A body with a feed: its code and name. */
    public record Entry(String code, String name) implements Serializable {}

    /** The bodies with a published debunk, and with a news item out, as of {@code at}. */
    public record Snapshot(List<Entry> hoaxes, List<Entry> news, Instant at) implements Serializable {}

    private volatile Snapshot snapshot;

    Snapshot get(Instant now, Supplier<Snapshot> load) {
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.at().plus(KEPT)) || now.isBefore(current.at())) {
            current = load.get();
            snapshot = current;
        }
        return current;
    }

    public void forget() {
        snapshot = null;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommunicationChanged event) {
        forget();
    }
}
