package org.puente.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test deployments only: replaces the application's clock (ClockProducer) by one that runs with the
 * system's time until a test stops it at a chosen instant, and runs again once released. Lets a
 * test file a report "on a Friday afternoon" without waiting for one.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableClock {

    private volatile Instant fixed;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Adjustable(this, ZoneOffset.UTC);
    }

    /** From now on the application's clock shows this instant, until {@link #release()}. */
    public void stopAt(Instant instant) {
        fixed = instant;
    }

    /** The application's clock follows the system's time again. */
    public void release() {
        fixed = null;
    }

    Instant now() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    private static final class Adjustable extends Clock {

        private final AdjustableClock source;
        private final ZoneId zone;

        Adjustable(AdjustableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new Adjustable(source, newZone);
        }

        @Override
        public Instant instant() {
            return source.now();
        }
    }
}
