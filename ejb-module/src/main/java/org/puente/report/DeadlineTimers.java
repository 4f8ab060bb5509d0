package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.puente.cluster.Leases;

/** Every five minutes, the deadline watch looks at open reports. Only delegates. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimers {

    @EJB
    private Leases leases;

    @EJB
    private DeadlineWatch watch;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void watchDeadlines() {
        leases.runOnce("report-deadlines", Duration.ofMinutes(5), () -> watch.sweep(OffsetDateTime.now(clock)));
    }
}
