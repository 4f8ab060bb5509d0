package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Every five minutes, the deadline watch looks at open reports. Only delegates. */
@Singleton
public class DeadlineTimers {

    @EJB
    private DeadlineWatch watch;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void watchDeadlines() {
        watch.sweep(OffsetDateTime.now(clock));
    }
}
