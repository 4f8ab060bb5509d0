package org.puente.transparency;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The dashboard's figures per filter, kept for {@link #FRESH} so that a page, its JSON and its card
 * cost no query while they are fresh. When an entry grows stale the first caller computes it again
 * while the others keep getting the previous figures (which are at most a minute and one computation
 * old), so a busy dashboard never runs the same queries many times at once. At most {@link #MAX}
 * filters are kept; the oldest goes first.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FigureCache {

    static final Duration FRESH = Duration.ofSeconds(60);
    static final int MAX = 500;

    private record Entry(DashboardFigures figures, AtomicBoolean refreshing) {}

    private final Map<TransparencyFilter, Entry> entries = new ConcurrentHashMap<>();

    /** The filter's figures, computed by {@code compute} when there are none or they are stale at {@code now}. */
    public DashboardFigures get(TransparencyFilter filter, Instant now, Supplier<DashboardFigures> compute) {
        Entry entry = entries.get(filter);
        if (entry == null) {
            return store(filter, compute.get());
        }
        boolean stale = !entry.figures().computedAt().plus(FRESH).isAfter(now)
                || entry.figures().computedAt().isAfter(now);
        if (stale && entry.refreshing().compareAndSet(false, true)) {
            try {
                return store(filter, compute.get());
            } finally {
                entry.refreshing().set(false);
            }
        }
        return entry.figures();
    }

    private DashboardFigures store(TransparencyFilter filter, DashboardFigures figures) {
        entries.put(filter, new Entry(figures, new AtomicBoolean()));
        while (entries.size() > MAX) {
            entries.entrySet().stream()
                    .min(Comparator.comparing(e -> e.getValue().figures().computedAt()))
                    .ifPresent(e -> entries.remove(e.getKey(), e.getValue()));
        }
        return figures;
    }

    private record Kept(Object value, Instant at) {}

    private final Map<String, Kept> catalogues = new ConcurrentHashMap<>();

    /**
     * A small value the pages need besides the figures (the municipalities, one municipality's
     * catalogue), kept for {@link #FRESH} as well.
     */
    @SuppressWarnings("unchecked")
    public <T> T catalogue(String key, Instant now, Supplier<T> compute) {
        Kept kept = catalogues.get(key);
        if (kept == null || !kept.at().plus(FRESH).isAfter(now) || kept.at().isAfter(now)) {
            if (catalogues.size() > MAX) {
                catalogues.clear();
            }
            kept = new Kept(compute.get(), now);
            catalogues.put(key, kept);
        }
        return (T) kept.value();
    }

    /** Forgets everything (tests that move the clock backwards). */
    public void clear() {
        entries.clear();
        catalogues.clear();
    }
}
