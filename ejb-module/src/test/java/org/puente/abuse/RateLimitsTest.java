package org.puente.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limit rules over Bucket4j's local buckets, with a clock the test moves. */
class RateLimitsTest {

    /** A clock in milliseconds that only moves when told. */
    private static final class ManualTime implements TimeMeter {
        long millis = 1_000_000;

        @Override
        public long currentTimeNanos() {
            return millis * 1_000_000;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }

        void advance(Duration d) {
            millis += d.toMillis();
        }
    }

    private final ManualTime time = new ManualTime();
    private final RateLimits limits = new RateLimits(
            Map.of(
                    Limit.REPORT_SOURCE, new LimitRule(10, Duration.ofHours(1)),
                    Limit.SIGN_IN_ACCOUNT, new LimitRule(5, Duration.ofMinutes(15)),
                    Limit.UNCONFIRMED_MAIL, new LimitRule(1, Duration.ofDays(1))),
            new LocalBucketStore(time));

    @Test
    void tenReportsAnHourFromOneAddressThenAWaitOfSixMinutes() {
        for (int i = 1; i <= 10; i++) {
            Verdict v = limits.take(Limit.REPORT_SOURCE, "203.0.113.7");
            assertTrue(v.allowed(), "report " + i);
            assertEquals(10 - i, v.remaining());
        }
        Verdict refused = limits.take(Limit.REPORT_SOURCE, "203.0.113.7");
        assertFalse(refused.allowed());
        // 10 an hour refill one every 6 minutes
        assertEquals(Duration.ofMinutes(6), refused.retryAfter());
        assertTrue(limits.take(Limit.REPORT_SOURCE, "203.0.113.8").allowed(), "another address has its own budget");

        time.advance(Duration.ofMinutes(5).plusSeconds(59));
        assertFalse(limits.take(Limit.REPORT_SOURCE, "203.0.113.7").allowed());
        time.advance(Duration.ofSeconds(1));
        assertTrue(limits.take(Limit.REPORT_SOURCE, "203.0.113.7").allowed(), "one more after 6 minutes");
        assertFalse(limits.take(Limit.REPORT_SOURCE, "203.0.113.7").allowed(), "and only one");
    }

    @Test
    void theLastFifthOfTheBudgetIsNear() {
        for (int i = 0; i < 7; i++) {
            limits.take(Limit.REPORT_SOURCE, "198.51.100.1");
        }
        assertFalse(limits.peek(Limit.REPORT_SOURCE, "198.51.100.1").isNear(), "3 of 10 left");
        limits.take(Limit.REPORT_SOURCE, "198.51.100.1");
        Verdict twoLeft = limits.peek(Limit.REPORT_SOURCE, "198.51.100.1");
        assertTrue(twoLeft.isNear(), "2 of 10 left");
        assertEquals(2, twoLeft.remaining(), "peeking takes nothing");
        assertEquals(2, limits.peek(Limit.REPORT_SOURCE, "198.51.100.1").remaining());
    }

    @Test
    void theRefusalSaysHowManyMinutesRoundedUp() {
        for (int i = 0; i < 5; i++) {
            limits.require(Limit.SIGN_IN_ACCOUNT, "admin|192.0.2.1", null);
        }
        TooManyRequestsException refused = assertThrows(
                TooManyRequestsException.class,
                () -> limits.require(Limit.SIGN_IN_ACCOUNT, " ADMIN|192.0.2.1", "username"));
        // 5 per 15 minutes: the next in 3 minutes
        assertEquals("abuse.wait", refused.getMessageKey());
        assertEquals(3L, refused.getArguments()[0]);
        assertEquals(180, refused.getRetryAfterSeconds());
        assertEquals("username", refused.getField());
        assertEquals(Limit.SIGN_IN_ACCOUNT, refused.getLimit());
        assertTrue(
                limits.take(Limit.SIGN_IN_ACCOUNT, "admin|192.0.2.2").allowed(),
                "the same name from another address is not locked");
    }

    @Test
    void aSignInThatSucceededIsGivenBack() {
        for (int i = 0; i < 4; i++) {
            limits.take(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9");
        }
        limits.take(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9");
        limits.giveBack(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9");
        assertEquals(1, limits.peek(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9").remaining());
        limits.check(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9", null);
        limits.take(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9");
        assertThrows(TooManyRequestsException.class, () -> limits.check(Limit.SIGN_IN_ACCOUNT, "ana|192.0.2.9", null));
    }

    @Test
    void oneMailADayToAnUnconfirmedAddress() {
        assertTrue(limits.take(Limit.UNCONFIRMED_MAIL, "vecina@example.mx").allowed());
        assertFalse(
                limits.take(Limit.UNCONFIRMED_MAIL, " Vecina@Example.MX").allowed(), "case and spaces do not matter");
        time.advance(Duration.ofHours(23).plusMinutes(59));
        assertFalse(limits.take(Limit.UNCONFIRMED_MAIL, "vecina@example.mx").allowed());
        time.advance(Duration.ofMinutes(1));
        assertTrue(limits.take(Limit.UNCONFIRMED_MAIL, "vecina@example.mx").allowed(), "a day later, one more");
    }

    @Test
    void rulesAreWrittenCountSlashPeriod() {
        assertEquals(new LimitRule(10, Duration.ofHours(1)), LimitRule.parse("10/1h"));
        assertEquals(new LimitRule(5, Duration.ofMinutes(15)), LimitRule.parse(" 5 / 15m "));
        assertEquals(new LimitRule(30, Duration.ofSeconds(90)), LimitRule.parse("30/90s"));
        assertEquals(new LimitRule(1, Duration.ofDays(1)), LimitRule.parse("1/1D"));
        assertEquals(new LimitRule(3, Duration.ofMinutes(20)), LimitRule.parse("3/PT20M"));
        assertThrows(IllegalArgumentException.class, () -> LimitRule.parse("10"));
        assertThrows(IllegalArgumentException.class, () -> LimitRule.parse("0/1h"));
        assertThrows(IllegalArgumentException.class, () -> LimitRule.parse("10/0m"));
        assertThrows(IllegalArgumentException.class, () -> LimitRule.parse("diez por hora"));
    }

    @Test
    void everyLimitHasItsOwnConfigurationName() {
        assertEquals(
                Limit.values().length,
                java.util.Arrays.stream(Limit.values())
                        .map(Limit::key)
                        .distinct()
                        .count());
        assertEquals("report.source", Limit.REPORT_SOURCE.key());
        assertEquals(
                new LimitRule(5, Duration.ofMinutes(15)),
                Limit.SIGN_IN_ACCOUNT.defaultRule(),
                "the lock-out: five failures in a quarter of an hour");
    }
}
