package org.puente.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every public page asks for — the active notices and the bodies with a feed — kept for a minute, and
 * forgotten as soon as a change to a notice commits, so that the banner costs no query per page view and
 * still appears and disappears with the notice on this server at once (on other nodes within the minute).
 */
@ApplicationScoped
public class NoticeCache {

    static final Duration KEPT = Duration.ofMinutes(1);

    /** The active notices, newest first, and the bodies that have published a notice, as of {@code at}. */
    public record Snapshot(List<NoticeRow> active, List<FeedBody> feeds, Instant at) implements Serializable {}

    /** A body whose notices have a feed: its code and name. */
    public record FeedBody(String code, String name) implements Serializable {}

    private volatile Snapshot snapshot;

    /** The cached snapshot while it is younger than a minute at {@code now}; else a fresh one from {@code load}. */
    Snapshot get(Instant now, Supplier<Snapshot> load) {
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.at().plus(KEPT)) || now.isBefore(current.at())) {
            current = load.get();
            snapshot = current;
        }
        return current;
    }

    /** Forgets the snapshot; the next page view reads the database again. */
    public void forget() {
        snapshot = null;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesChanged event) {
        forget();
    }
}
