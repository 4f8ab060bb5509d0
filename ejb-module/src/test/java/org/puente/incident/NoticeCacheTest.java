package org.puente.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The banner's cache: one load a minute at most, and a fresh one as soon as a change is committed. */
class NoticeCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-07T17:00:00Z");

    private final NoticeCache cache = new NoticeCache();
    private final AtomicInteger loads = new AtomicInteger();

    private NoticeCache.Snapshot load(Instant at) {
        loads.incrementAndGet();
        return new NoticeCache.Snapshot(List.of(), List.of(), at);
    }

    @Test
    void aSnapshotServesEveryPageViewForAMinute() {
        NoticeCache.Snapshot first = cache.get(T0, () -> load(T0));
        for (int second = 0; second < 60; second += 5) {
            Instant now = T0.plusSeconds(second);
            assertSame(first, cache.get(now, () -> load(now)), "second " + second);
        }
        assertEquals(1, loads.get());
        Instant later = T0.plusSeconds(60);
        cache.get(later, () -> load(later));
        assertEquals(2, loads.get(), "a minute later the database is read again");
    }

    @Test
    void aCommittedChangeIsReadAtTheNextPageView() {
        cache.get(T0, () -> load(T0));
        cache.changed(new NoticesChanged(7));
        Instant now = T0.plusSeconds(2);
        NoticeCache.Snapshot fresh = cache.get(now, () -> load(now));
        assertEquals(now, fresh.at());
        assertEquals(2, loads.get());
    }

    @Test
    void aClockThatWentBackDoesNotKeepAStaleSnapshot() {
        cache.get(T0, () -> load(T0));
        Instant earlier = T0.minusSeconds(30);
        cache.get(earlier, () -> load(earlier));
        assertEquals(2, loads.get());
    }
}
