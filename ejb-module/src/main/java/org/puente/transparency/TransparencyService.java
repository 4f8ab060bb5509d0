package org.puente.transparency;

import static org.puente.transparency.FigureQueries.number;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.report.Channel;
import org.puente.transparency.TransparencyScope.Scope;

/**
 * The public figures of a municipality's service reports (issue 10): headline counts, deadline
 * compliance, medians in business hours, breakdowns by service, department, delegación, colonia and
 * channel, and the trend. A report counts in a range when it was <em>received</em> within
 * [first day 00:00, last day + 1 00:00) in the body's time zone.
 *
 * <p>Everything is counted by a few grouped SQL queries (no report is loaded), and the result is kept
 * a minute per filter by {@link FigureCache}, so the pages cost no query while it is fresh.
 */
@Stateless
public class TransparencyService {

    /** Ranges of this many days or fewer show their trend by week. */
    public static final int WEEKLY_UP_TO_DAYS = 92;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FigureCache cache;

    @Inject
    private TransparencyScope scopes;

    @Inject
    private FigureQueries queries;

    /** The scope's figures, at most a minute old. */
    public DashboardFigures figures(Scope scope) {
        return cache.get(scope.filter(), clock.instant(), () -> compute(scope));
    }

    /**
     * The filter's figures, at most a minute old, for a filter read by {@link Catalogue#read}: while
     * they are fresh this runs no query at all.
     */
    public DashboardFigures figures(Catalogue catalogue, TransparencyFilter filter) {
        return cache.get(filter, clock.instant(), () -> compute(scopes.scope(catalogue, filter)));
    }

    /** The municipalities that publish figures (kept a minute). */
    public List<TransparencyScope.Municipality> municipalities() {
        return cache.catalogue("", clock.instant(), scopes::municipalities);
    }

    /** A municipality's catalogue by its code (any case), kept a minute; empty when there is none. */
    public Optional<Catalogue> catalogue(String code) {
        if (code == null || !code.trim().matches("[A-Za-z0-9-]{1,12}")) {
            return Optional.empty();
        }
        String key = code.trim().toUpperCase(java.util.Locale.ROOT);
        return cache.catalogue(
                "body:" + key, clock.instant(), () -> scopes.municipality(key).map(scopes::catalogue));
    }

    /** The municipality's today, in its own time zone. */
    public LocalDate today(Catalogue catalogue) {
        return LocalDate.now(clock.withZone(catalogue.zone()));
    }

    // ---------------------------------------------------------------------------------------------

    DashboardFigures compute(Scope scope) {
        Body body = scope.body();
        ZoneId zone = body.getTimeZone();
        TransparencyFilter filter = scope.filter();
        Instant now = clock.instant();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to().plusDays(1).atStartOfDay(zone).toInstant();

        // 1. counts per service × department × colonia × channel, summed below into every breakdown
        List<Object[]> countRows = queries.counts(scope, from, until, now);

        Map<Long, PublicService> services = byId(
                em.createNamedQuery("PublicService.byBody", PublicService.class)
                        .setParameter("body", body)
                        .getResultList(),
                PublicService::getId);
        Map<Long, Department> departments = byId(
                em.createNamedQuery("Department.byBody", Department.class)
                        .setParameter("body", body)
                        .getResultList(),
                Department::getId);
        Map<Long, Colonia> colonias = byId(
                em.createNamedQuery("Colonia.byBody", Colonia.class)
                        .setParameter("body", body)
                        .getResultList(),
                Colonia::getId);

        GroupStats all = GroupStats.EMPTY;
        Map<Long, GroupStats> perService = new HashMap<>();
        Map<Long, GroupStats> perDepartment = new HashMap<>();
        Map<Long, GroupStats> perColonia = new HashMap<>();
        Map<Long, GroupStats> perDelegacion = new HashMap<>();
        Map<String, GroupStats> perChannel = new HashMap<>();
        for (Object[] row : countRows) {
            GroupStats s = new GroupStats(
                    number(row[4]),
                    number(row[5]),
                    number(row[6]),
                    number(row[7]),
                    number(row[8]),
                    number(row[9]),
                    new Compliance(number(row[10]), number(row[11]), number(row[12]), number(row[13])),
                    Median.FEWER_THAN_FIVE);
            all = all.plus(s);
            perService.merge(number(row[0]), s, GroupStats::plus);
            perDepartment.merge(number(row[1]), s, GroupStats::plus);
            perColonia.merge(number(row[2]), s, GroupStats::plus);
            Colonia colonia = colonias.get(number(row[2]));
            if (colonia != null) {
                perDelegacion.merge(colonia.getDelegacion().getId(), s, GroupStats::plus);
            }
            perChannel.merge((String) row[3], s, GroupStats::plus);
        }

        // 2. medians of the business time to resolve, overall and per group
        Map<Long, Median> serviceMedians = queries.medians(scope, from, until, "r.service_id");
        Map<Long, Median> departmentMedians = queries.medians(scope, from, until, "r.department_id");
        Map<Long, Median> coloniaMedians = queries.medians(scope, from, until, "r.colonia_id");
        Map<Long, Median> delegacionMedians = queries.medians(scope, from, until, "c.delegacion_id");
        Median overall = queries.medians(scope, from, until, null).getOrDefault(0L, Median.FEWER_THAN_FIVE);

        List<GroupFigures> byService = groups(perService, serviceMedians, id -> {
            PublicService s = services.get(id);
            return new GroupFigures(s.getCode(), s.getName(), null, null, null, null);
        });
        List<GroupFigures> byDepartment = groups(
                perDepartment,
                departmentMedians,
                id -> new GroupFigures(String.valueOf(id), departments.get(id).getName(), null, null, null, null));
        List<GroupFigures> byColonia = groups(perColonia, coloniaMedians, id -> {
            Colonia c = colonias.get(id);
            Double lat =
                    c.getCentre() == null ? null : c.getCentre().getLatitude().doubleValue();
            Double lon =
                    c.getCentre() == null ? null : c.getCentre().getLongitude().doubleValue();
            return new GroupFigures(
                    String.valueOf(id), c.getName(), c.getDelegacion().getName(), lat, lon, null);
        });
        Map<Long, Delegacion> delegaciones = new HashMap<>();
        colonias.values().forEach(c -> delegaciones.put(c.getDelegacion().getId(), c.getDelegacion()));
        List<GroupFigures> byDelegacion = groups(
                perDelegacion,
                delegacionMedians,
                id -> new GroupFigures(String.valueOf(id), delegaciones.get(id).getName(), null, null, null, null));
        List<GroupFigures> byChannel = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            GroupStats s = perChannel.get(channel.name());
            if (s != null) {
                byChannel.add(new GroupFigures(
                        channel.name(),
                        channel.name(),
                        null,
                        null,
                        null,
                        s.total() < GroupFigures.MIN_REPORTS ? null : s));
            }
        }

        boolean weekly = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1 <= WEEKLY_UP_TO_DAYS;
        List<TrendPoint> trend = trend(scope, zone, weekly);

        GroupStats totals = all.total() < GroupFigures.MIN_REPORTS ? null : all.withMedian(overall);
        return new DashboardFigures(
                body.getCode(),
                body.getName(),
                zone,
                filter,
                now,
                all.total(),
                totals,
                first(byService),
                first(byDelegacion),
                byService,
                byDepartment,
                byDelegacion,
                byColonia,
                byChannel,
                trend,
                weekly,
                new Drawings());
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        list.forEach(t -> map.put(id.apply(t), t));
        return map;
    }

    /**
     * The groups with their figures, the largest first; those with fewer than five reports follow in
     * alphabetical order with no figures, so their place says nothing of their size.
     */
    private static List<GroupFigures> groups(
            Map<Long, GroupStats> stats, Map<Long, Median> medians, Function<Long, GroupFigures> describe) {
        List<GroupFigures> large = new ArrayList<>();
        List<GroupFigures> small = new ArrayList<>();
        stats.forEach((id, s) -> {
            GroupFigures g = describe.apply(id);
            if (s.total() < GroupFigures.MIN_REPORTS) {
                small.add(g);
            } else {
                large.add(new GroupFigures(
                        g.key(),
                        g.name(),
                        g.parent(),
                        g.latitude(),
                        g.longitude(),
                        s.withMedian(medians.getOrDefault(id, Median.FEWER_THAN_FIVE))));
            }
        });
        large.sort(
                Comparator.comparingLong((GroupFigures g) -> -g.stats().total()).thenComparing(GroupFigures::name));
        small.sort(Comparator.comparing(GroupFigures::name));
        large.addAll(small);
        return large;
    }

    /** The most demanded of the groups, never one with fewer than five reports. */
    private static GroupFigures first(List<GroupFigures> sorted) {
        return sorted.isEmpty() || sorted.get(0).isFewerThanFive() ? null : sorted.get(0);
    }

    /** The weeks (from the first day) or calendar months of the range. */
    static List<LocalDate[]> buckets(LocalDate from, LocalDate to, boolean weekly) {
        List<LocalDate[]> buckets = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate next =
                    weekly ? start.plusWeeks(1) : start.withDayOfMonth(1).plusMonths(1);
            LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            buckets.add(new LocalDate[] {start, last});
            start = next;
        }
        return buckets;
    }

    private List<TrendPoint> trend(Scope scope, ZoneId zone, boolean weekly) {
        TransparencyFilter filter = scope.filter();
        List<LocalDate[]> buckets = buckets(filter.from(), filter.to(), weekly);
        long[] received = queries.perBucket(scope, zone, "received_at", buckets, 0);
        long[] resolved = queries.perBucket(scope, zone, "resolved_at", buckets, 0);
        Optional<LocalDate> firstDay = scopes.firstDay(scope.body());
        boolean earlier =
                firstDay.isPresent() && !firstDay.get().isAfter(buckets.get(buckets.size() - 1)[0].minusYears(1));
        long[] yearEarlier = earlier ? queries.perBucket(scope, zone, "received_at", buckets, 1) : null;
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate[] b = buckets.get(i);
            // only where Puente held reports for the whole of the earlier days
            boolean known = earlier && !firstDay.get().isAfter(b[0].minusYears(1));
            points.add(new TrendPoint(b[0], b[1], received[i], resolved[i], known ? yearEarlier[i] : null));
        }
        return points;
    }
}
