package org.puente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lease's rules with a fake clock and a table in memory that keeps them as the SQL does: two nodes whose timers
 * tick together work once per window, whoever ticks first; a node that dies while working keeps the lease until its
 * hold ends, then the other takes over; a failing work gives the lease back all the same.
 */
class LeasesTest {

    private static final Duration HALF_MINUTE = Duration.ofSeconds(30);

    /** The cluster_lease table's rules: a claim is taken when the row is free; a release only by its own claim. */
    static final class MemoryTable implements LeaseTable {

        record Row(String holder, Instant claimedAt, Instant heldUntil) {}

        final Map<String, Row> rows = new HashMap<>();

        @Override
        public boolean claim(String name, String holder, Instant now, Instant until) {
            Row row = rows.getOrDefault(name, new Row(null, null, Instant.EPOCH));
            if (!LeaseRules.free(row.heldUntil(), now)) {
                return false;
            }
            rows.put(name, new Row(holder, now, until));
            return true;
        }

        @Override
        public void release(String name, String holder, Instant claimedAt, Instant until) {
            Row row = rows.get(name);
            if (row != null && holder.equals(row.holder()) && claimedAt.equals(row.claimedAt())) {
                rows.put(name, new Row(holder, claimedAt, until));
            }
        }
    }

    private final MemoryTable table = new MemoryTable();
    private final List<String> worked = new ArrayList<>();

    /** The fake clock: what each tick reads as the database's time. */
    private Instant now = Instant.parse("2026-03-02T15:00:00.020Z");

    private boolean tick(String node) {
        return LeaseRound.run(table, "mail-outbox", node, now, HALF_MINUTE, () -> worked.add(node + "@" + now));
    }

    @Test
    void windowsAreCentredOnTheMultiplesOfThePeriod() {
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                LeaseRules.windowEnd(Instant.parse("2026-03-02T15:00:00Z"), HALF_MINUTE));
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                LeaseRules.windowEnd(Instant.parse("2026-03-02T14:59:45Z"), HALF_MINUTE));
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                LeaseRules.windowEnd(Instant.parse("2026-03-02T15:00:14.999Z"), HALF_MINUTE));
        assertEquals(
                Instant.parse("2026-03-02T15:00:45Z"),
                LeaseRules.windowEnd(Instant.parse("2026-03-02T15:00:15Z"), HALF_MINUTE));
        // A day's window runs from noon to noon (UTC): a schedule at 03:20 in the morning sits in its middle.
        assertEquals(
                Instant.parse("2026-03-01T12:00:00Z"),
                LeaseRules.windowEnd(Instant.parse("2026-03-01T03:20:00Z"), Duration.ofDays(1)));
        // An odd number of milliseconds: the window is still exactly one period long.
        assertEquals(Instant.ofEpochMilli(8), LeaseRules.windowEnd(Instant.ofEpochMilli(4), Duration.ofMillis(5)));
        assertEquals(Instant.ofEpochMilli(3), LeaseRules.windowEnd(Instant.ofEpochMilli(2), Duration.ofMillis(5)));
        assertThrows(IllegalArgumentException.class, () -> LeaseRules.windowEnd(Instant.EPOCH, Duration.ZERO));
    }

    @Test
    void aRunningClaimIsHeldForItsPeriodAndAtLeastTwoMinutes() {
        Instant t = Instant.parse("2026-03-02T15:00:00Z");
        assertEquals(Instant.parse("2026-03-02T15:02:00Z"), LeaseRules.hold(t, HALF_MINUTE));
        assertEquals(Instant.parse("2026-03-02T15:05:00Z"), LeaseRules.hold(t, Duration.ofMinutes(5)));
        assertEquals(Instant.parse("2026-03-03T15:00:00Z"), LeaseRules.hold(t, Duration.ofDays(1)));
        assertTrue(LeaseRules.free(t, t));
        assertFalse(LeaseRules.free(t.plusMillis(1), t));
    }

    @Test
    void twoNodesTickingTogetherWorkOncePerWindowWhoeverComesFirst() {
        assertTrue(tick("a"));
        now = now.plusMillis(35); // b's timer fires 35 ms later
        assertFalse(tick("b"));
        assertEquals("a", table.rows.get("mail-outbox").holder());
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                table.rows.get("mail-outbox").heldUntil());

        now = Instant.parse("2026-03-02T15:00:29.990Z"); // next round: b's timer comes first this time
        assertTrue(tick("b"));
        now = Instant.parse("2026-03-02T15:00:30.004Z");
        assertFalse(tick("a"));
        // A timer that fires twice in one window (a retry) does not work twice either.
        assertFalse(tick("b"));

        now = Instant.parse("2026-03-02T15:01:00.001Z");
        assertTrue(tick("a"));
        assertFalse(tick("b"));
        assertEquals(
                List.of("a@2026-03-02T15:00:00.020Z", "b@2026-03-02T15:00:29.990Z", "a@2026-03-02T15:01:00.001Z"),
                worked);
    }

    @Test
    void aNodeThatDiesWhileWorkingKeepsTheLeaseUntilItsHoldEnds() {
        // a claims and dies before giving it back (no release): held for two minutes from its claim.
        assertTrue(table.claim("mail-outbox", "a", now, LeaseRules.hold(now, HALF_MINUTE)));
        now = Instant.parse("2026-03-02T15:00:30.010Z");
        assertFalse(tick("b"));
        now = Instant.parse("2026-03-02T15:02:00.010Z");
        assertFalse(tick("b"));
        now = Instant.parse("2026-03-02T15:02:00.020Z"); // the hold ends
        assertTrue(tick("b"));
        assertEquals(List.of("b@2026-03-02T15:02:00.020Z"), worked);
        // a comes back to life and gives back its old claim: that does not shorten b's.
        table.release("mail-outbox", "a", Instant.parse("2026-03-02T15:00:00.020Z"), Instant.EPOCH);
        assertEquals("b", table.rows.get("mail-outbox").holder());
        assertEquals(
                Instant.parse("2026-03-02T15:02:15Z"),
                table.rows.get("mail-outbox").heldUntil());
    }

    @Test
    void workThatOutlastsItsWindowLeavesTheLeaseFreeForTheNextTick() {
        Runnable slow = () -> now = Instant.parse("2026-03-02T15:00:40Z");
        assertTrue(LeaseRound.run(table, "mail-outbox", "a", now, HALF_MINUTE, slow));
        // Given back at the end of its window (15:00:15), which is already past.
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                table.rows.get("mail-outbox").heldUntil());
        assertTrue(tick("b"));
    }

    @Test
    void failingWorkGivesTheLeaseBackAndItsErrorGoesOn() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> LeaseRound.run(table, "mail-outbox", "a", now, HALF_MINUTE, () -> {
                    throw new IllegalStateException("SMTP down");
                }));
        assertEquals("SMTP down", failure.getMessage());
        assertEquals(
                Instant.parse("2026-03-02T15:00:15Z"),
                table.rows.get("mail-outbox").heldUntil());
        now = Instant.parse("2026-03-02T15:00:30Z");
        assertTrue(tick("b"));
    }

    @Test
    void aReleaseThatFailsAfterFailingWorkDoesNotHideTheWorksError() {
        LeaseTable broken = new LeaseTable() {
            @Override
            public boolean claim(String name, String holder, Instant at, Instant until) {
                return true;
            }

            @Override
            public void release(String name, String holder, Instant claimedAt, Instant until) {
                throw new IllegalStateException("database down");
            }
        };
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> LeaseRound.run(broken, "mail-outbox", "a", now, HALF_MINUTE, () -> {
                    throw new IllegalStateException("SMTP down");
                }));
        assertEquals("SMTP down", failure.getMessage());
        assertEquals("database down", failure.getSuppressed()[0].getMessage());
        // Work that went well: the failed release is the error.
        IllegalStateException release = assertThrows(
                IllegalStateException.class,
                () -> LeaseRound.run(broken, "mail-outbox", "a", now, HALF_MINUTE, () -> {}));
        assertEquals("database down", release.getMessage());
    }

    @Test
    void leasesOfDifferentNamesDoNotMeet() {
        assertTrue(tick("a"));
        assertTrue(LeaseRound.run(table, "report-deadlines", "b", now, Duration.ofMinutes(5), () -> {}));
    }
}
