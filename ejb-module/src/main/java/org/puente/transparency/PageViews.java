package org.puente.transparency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puente's own count of its public page views, without trackers. A page view costs its request one
 * map update ({@link #count}); every {@code puente.visits.flush.seconds} (PUENTE_VISITS_FLUSH_SECONDS,
 * 60 by default) a timer classifies what was counted ({@link VisitClassifier}) and adds it to the
 * day's counters ({@link VisitCounters}), one upsert per counter. The buffer holds the User-Agent
 * only until then, in memory; the database gets the classes alone.
 *
 * <p>Bean-managed concurrency: requests count in parallel without waiting for the singleton's lock.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PageViews {

    private static final Logger LOG = Logger.getLogger(PageViews.class.getName());

    /** At most this many distinct (minute, page, User-Agent) entries wait; more are not counted. */
    static final int MAX_PENDING = 20_000;

    /** A view as the request saw it: its minute, its page, its browser's User-Agent. */
    record Pending(long epochMinute, String path, String userAgent) {}

    @Inject
    @ConfigProperty(name = "puente.visits.flush.seconds", defaultValue = "60")
    int flushSeconds;

    @Inject
    private Clock clock;

    @EJB
    private VisitCounters counters;

    @Resource
    private TimerService timers;

    private final ConcurrentHashMap<Pending, Long> pending = new ConcurrentHashMap<>();
    /** Counters whose upsert failed twice, tried again at the next flush. */
    private final Map<VisitCounters.Key, Long> retry = new HashMap<>();

    private final AtomicBoolean overflowTold = new AtomicBoolean();
    private final Object flushing = new Object();
    private volatile VisitClassifier classifier;

    @PostConstruct
    void start() {
        long every = Math.max(1, flushSeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("page views", false));
    }

    /**
     * One view of a public page by a browser (the caller has left out robots, other methods and
     * failed answers). The path has no query string.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void count(String path, String userAgent) {
        if (VisitClassifier.isRobot(userAgent) || path == null || !path.startsWith("/")) {
            return;
        }
        String page = path.length() > PageViewCount.MAX_PATH ? path.substring(0, PageViewCount.MAX_PATH) : path;
        String ua = userAgent.length() > VisitClassifier.MAX_LENGTH
                ? userAgent.substring(0, VisitClassifier.MAX_LENGTH)
                : userAgent;
        Pending view = new Pending(clock.instant().getEpochSecond() / 60, page, ua);
        if (pending.size() >= MAX_PENDING && !pending.containsKey(view)) {
            if (overflowTold.compareAndSet(false, true)) {
                LOG.warning("More than " + MAX_PENDING + " kinds of page view wait for the counters; the rest of"
                        + " this minute is not counted");
            }
            return;
        }
        pending.merge(view, 1L, Long::sum);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        flush();
    }

    /**
     * Adds what was counted since the last flush to the database; what it cannot write now waits for
     * the next. Tests and the timer call it; it never runs twice at once.
     *
     * @return how many views it wrote
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long flush() {
        synchronized (flushing) {
            if (pending.isEmpty() && retry.isEmpty()) {
                return 0;
            }
            Optional<ZoneId> zone = counters.installationZone();
            if (zone.isEmpty()) {
                return 0;
            }
            Map<VisitCounters.Key, Long> due = new HashMap<>(retry);
            retry.clear();
            Map<String, Optional<VisitClassifier.Visit>> classes = new HashMap<>();
            for (Pending view : pending.keySet()) {
                Long views = pending.remove(view);
                if (views == null) {
                    continue;
                }
                Optional<VisitClassifier.Visit> visit = classes.computeIfAbsent(
                        view.userAgent(), ua -> classifier().classify(ua));
                if (visit.isEmpty()) {
                    continue;
                }
                LocalDate day = Instant.ofEpochSecond(view.epochMinute() * 60)
                        .atZone(zone.get())
                        .toLocalDate();
                VisitClassifier.Visit v = visit.get();
                due.merge(new VisitCounters.Key(day, view.path(), v.device(), v.os(), v.browser()), views, Long::sum);
            }
            overflowTold.set(false);
            long written = 0;
            for (Map.Entry<VisitCounters.Key, Long> counter : due.entrySet()) {
                if (write(counter.getKey(), counter.getValue())) {
                    written += counter.getValue();
                } else {
                    retry.merge(counter.getKey(), counter.getValue(), Long::sum);
                }
            }
            return written;
        }
    }

    /** The upsert, once more when another node created the row in between (a unique-key refusal). */
    private boolean write(VisitCounters.Key key, long views) {
        for (int attempt = 1; ; attempt++) {
            try {
                counters.add(key, views);
                return true;
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.log(
                            Level.WARNING,
                            "Could not add " + views + " views to " + key + "; trying at the next flush",
                            e);
                    return false;
                }
            }
        }
    }

    private VisitClassifier classifier() {
        VisitClassifier c = classifier;
        if (c == null) {
            c = new VisitClassifier();
            classifier = c;
        }
        return c;
    }

    @PreDestroy
    void stop() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The last page views were not written at shutdown", e);
        }
    }
}
