package org.puente.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.cluster.Leases;

/**
 * Every five minutes ({@code puente.deadlines.watch.seconds}, PUENTE_DEADLINES_WATCH_SECONDS: the two-node system
 * test watches a sweep within seconds), the deadline watch looks at open reports, on one node of the cluster per
 * period. Only delegates.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimers {

    @EJB
    private Leases leases;

    @EJB
    private DeadlineWatch watch;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.deadlines.watch.seconds", defaultValue = "300")
    int watchSeconds;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        long every = Math.max(1, watchSeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("deadline watch", false));
    }

    @Timeout
    void watchDeadlines() {
        leases.runOnce(
                "report-deadlines",
                Duration.ofSeconds(Math.max(1, watchSeconds)),
                () -> watch.sweep(OffsetDateTime.now(clock)));
    }
}
