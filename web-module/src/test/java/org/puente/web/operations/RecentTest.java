package org.puente.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theSourceIsAskedAgainOnlyOnceTheReadingIsThirtySecondsOld() {
        AtomicLong clock = new AtomicLong(5 * SECOND);
        AtomicInteger readings = new AtomicInteger();
        Recent<Integer> recent = new Recent<>(readings::incrementAndGet, Duration.ofSeconds(30), clock::get);

        assertEquals(1, recent.get());
        clock.set(34 * SECOND); // 29 s later
        assertEquals(1, recent.get());
        clock.set(35 * SECOND - 1);
        assertEquals(1, recent.get());
        clock.set(35 * SECOND); // 30 s later
        assertEquals(2, recent.get());
        clock.set(64 * SECOND);
        assertEquals(2, recent.get());
        assertEquals(2, readings.get());
    }

    @Test
    void aFailedReadingIsNotKept() {
        AtomicLong clock = new AtomicLong(0);
        AtomicInteger calls = new AtomicInteger();
        Recent<String> recent = new Recent<>(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("the database does not answer");
                    }
                    return "seven";
                },
                Duration.ofSeconds(30),
                clock::get);

        assertThrows(IllegalStateException.class, recent::get);
        clock.set(SECOND);
        assertEquals("seven", recent.get());
        assertEquals(2, calls.get());
    }
}
