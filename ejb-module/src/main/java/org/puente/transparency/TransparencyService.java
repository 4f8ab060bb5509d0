package org.puente.transparency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private static final String OPEN = "('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')";
    private static final String DONE = "('RESOLVED', 'CLOSED')";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FigureCache cache;

    @Inject
    private TransparencyScope scopes;

    /** The scope's figures, at most a minute old. */
    public DashboardFigures figures(Scope scope) {
        return cache.get(scope.filter(), clock.instant(), () -> compute(scope));
    }

    /**
     * The filter's figures, at most a minute old, for a filter read by {@link Catalogue#read}: while
     * they are fresh this runs no query at all.
     */
    public DashboardFigures figures(Catalogue catalogue, TransparencyFilter filter) {
        return cache.get(filter, clock.instant(), () -> compute(scopeOf(catalogue, filter)));
    }

    private Scope scopeOf(Catalogue catalogue, TransparencyFilter filter) {
        Body body = em.find(Body.class, catalogue.bodyId());
        PublicService service = filter.serviceCode() == null ? null : em.find(PublicService.class,
                catalogue.services().stream().filter(s -> s.key().equals(filter.serviceCode())).findFirst()
                        .orElseThrow().id());
        Delegacion delegacion = filter.delegacionId() == null ? null : em.find(Delegacion.class, filter.delegacionId());
        return new Scope(body, filter, service, delegacion);
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
        return cache.catalogue("body:" + key, clock.instant(), () -> scopes.municipality(key).map(body -> {
            List<Catalogue.Option> services = em.createNamedQuery("PublicService.byBody", PublicService.class)
                    .setParameter("body", body).getResultStream()
                    .map(s -> new Catalogue.Option(s.getId(), s.getCode(), s.getName()))
                    .sorted(Comparator.comparing(Catalogue.Option::name)).toList();
            List<Catalogue.Option> delegaciones = em.createNamedQuery("Delegacion.byBody", Delegacion.class)
                    .setParameter("body", body).getResultStream()
                    .map(d -> new Catalogue.Option(d.getId(), String.valueOf(d.getId()), d.getName())).toList();
            return new Catalogue(body.getId(), body.getCode(), body.getName(), body.getTimeZone(),
                    scopes.firstDay(body).orElse(null), services, delegaciones);
        }));
    }

    /** The municipality's today, in its own time zone. */
    public LocalDate today(Catalogue catalogue) {
        return LocalDate.now(clock.withZone(catalogue.zone()));
    }

    // ---------------------------------------------------------------------------------------------

    /** The WHERE clause of every query and its parameters, for one filter and one range of instants. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        Where(Scope scope, String column, Instant from, Instant until) {
            sql.append(" from service_report r join colonia c on c.id = r.colonia_id where r.body_id = ").append(param(scope.body().getId()))
                    .append(" and r.").append(column).append(" >= ").append(param(utc(from)))
                    .append(" and r.").append(column).append(" < ").append(param(utc(until)));
            if (scope.service() != null) {
                sql.append(" and r.service_id = ").append(param(scope.service().getId()));
            }
            if (scope.delegacion() != null) {
                sql.append(" and c.delegacion_id = ").append(param(scope.delegacion().getId()));
            }
        }

        String param(Object value) {
            parameters.add(value);
            return "?" + parameters.size();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, Where where, String tail) {
        Query q = em.createNativeQuery(select + where.sql + tail);
        for (int i = 0; i < where.parameters.size(); i++) {
            q.setParameter(i + 1, where.parameters.get(i));
        }
        List<?> result = q.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    DashboardFigures compute(Scope scope) {
        Body body = scope.body();
        ZoneId zone = body.getTimeZone();
        TransparencyFilter filter = scope.filter();
        Instant now = clock.instant();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to().plusDays(1).atStartOfDay(zone).toInstant();

        // 1. counts per service × department × colonia × channel, summed below into every breakdown
        Where counts = new Where(scope, "received_at", from, until);
        String nowParam = counts.param(utc(now));
        String select = "select r.service_id, r.department_id, r.colonia_id, r.channel, count(*),"
                + " sum(case when r.status in " + OPEN + " then 1 else 0 end),"
                + " sum(case when r.status = 'RESOLVED' then 1 else 0 end),"
                + " sum(case when r.status = 'CLOSED' then 1 else 0 end),"
                + " sum(case when r.status = 'REJECTED' then 1 else 0 end),"
                + " sum(case when r.status = 'DUPLICATE' then 1 else 0 end),"
                + " sum(case when r.status in " + DONE + " and r.resolved_at <= r.due_at then 1 else 0 end),"
                + " sum(case when r.status in " + DONE + " and r.resolved_at > r.due_at then 1 else 0 end),"
                + " sum(case when r.status in " + OPEN + " and r.due_at < " + nowParam + " then 1 else 0 end),"
                + " sum(case when r.status in " + OPEN + " and r.due_at >= " + nowParam + " then 1 else 0 end)";
        List<Object[]> countRows = rows(select, counts, " group by r.service_id, r.department_id, r.colonia_id, r.channel");

        Map<Long, PublicService> services = byId(em.createNamedQuery("PublicService.byBody", PublicService.class)
                .setParameter("body", body).getResultList(), PublicService::getId);
        Map<Long, Department> departments = byId(em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", body).getResultList(), Department::getId);
        Map<Long, Colonia> colonias = byId(em.createNamedQuery("Colonia.byBody", Colonia.class)
                .setParameter("body", body).getResultList(), Colonia::getId);

        GroupStats all = GroupStats.EMPTY;
        Map<Long, GroupStats> perService = new HashMap<>();
        Map<Long, GroupStats> perDepartment = new HashMap<>();
        Map<Long, GroupStats> perColonia = new HashMap<>();
        Map<Long, GroupStats> perDelegacion = new HashMap<>();
        Map<String, GroupStats> perChannel = new HashMap<>();
        for (Object[] row : countRows) {
            GroupStats s = new GroupStats(number(row[4]), number(row[5]), number(row[6]), number(row[7]),
                    number(row[8]), number(row[9]),
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
        Map<Long, Median> serviceMedians = medians(scope, from, until, "r.service_id");
        Map<Long, Median> departmentMedians = medians(scope, from, until, "r.department_id");
        Map<Long, Median> coloniaMedians = medians(scope, from, until, "r.colonia_id");
        Map<Long, Median> delegacionMedians = medians(scope, from, until, "c.delegacion_id");
        Median overall = medians(scope, from, until, null).getOrDefault(0L, Median.FEWER_THAN_FIVE);

        List<GroupFigures> byService = groups(perService, serviceMedians, id -> {
            PublicService s = services.get(id);
            return new GroupFigures(s.getCode(), s.getName(), null, null, null, null);
        });
        List<GroupFigures> byDepartment = groups(perDepartment, departmentMedians, id ->
                new GroupFigures(String.valueOf(id), departments.get(id).getName(), null, null, null, null));
        List<GroupFigures> byColonia = groups(perColonia, coloniaMedians, id -> {
            Colonia c = colonias.get(id);
            Double lat = c.getCentre() == null ? null : c.getCentre().getLatitude().doubleValue();
            Double lon = c.getCentre() == null ? null : c.getCentre().getLongitude().doubleValue();
            return new GroupFigures(String.valueOf(id), c.getName(), c.getDelegacion().getName(), lat, lon, null);
        });
        Map<Long, Delegacion> delegaciones = new HashMap<>();
        colonias.values().forEach(c -> delegaciones.put(c.getDelegacion().getId(), c.getDelegacion()));
        List<GroupFigures> byDelegacion = groups(perDelegacion, delegacionMedians, id ->
                new GroupFigures(String.valueOf(id), delegaciones.get(id).getName(), null, null, null, null));
        List<GroupFigures> byChannel = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            GroupStats s = perChannel.get(channel.name());
            if (s != null) {
                byChannel.add(new GroupFigures(channel.name(), channel.name(), null, null, null,
                        s.total() < GroupFigures.MIN_REPORTS ? null : s));
            }
        }

        boolean weekly = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1 <= WEEKLY_UP_TO_DAYS;
        List<TrendPoint> trend = trend(scope, zone, weekly);

        GroupStats totals = all.total() < GroupFigures.MIN_REPORTS ? null : all.withMedian(overall);
        return new DashboardFigures(body.getCode(), body.getName(), zone, filter, now, all.total(), totals,
                first(byService), first(byDelegacion), byService, byDepartment, byDelegacion, byColonia, byChannel,
                trend, weekly);
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
    private static List<GroupFigures> groups(Map<Long, GroupStats> stats, Map<Long, Median> medians,
                                             Function<Long, GroupFigures> describe) {
        List<GroupFigures> large = new ArrayList<>();
        List<GroupFigures> small = new ArrayList<>();
        stats.forEach((id, s) -> {
            GroupFigures g = describe.apply(id);
            if (s.total() < GroupFigures.MIN_REPORTS) {
                small.add(g);
            } else {
                large.add(new GroupFigures(g.key(), g.name(), g.parent(), g.latitude(), g.longitude(),
                        s.withMedian(medians.getOrDefault(id, Median.FEWER_THAN_FIVE))));
            }
        });
        large.sort(Comparator.comparingLong((GroupFigures g) -> -g.stats().total()).thenComparing(GroupFigures::name));
        small.sort(Comparator.comparing(GroupFigures::name));
        large.addAll(small);
        return large;
    }

    /** The most demanded of the groups, never one with fewer than five reports. */
    private static GroupFigures first(List<GroupFigures> sorted) {
        return sorted.isEmpty() || sorted.get(0).isFewerThanFive() ? null : sorted.get(0);
    }

    /** Median business minutes per group (key 0 when {@code group} is null: all reports). */
    private Map<Long, Median> medians(Scope scope, Instant from, Instant until, String group) {
        Where where = new Where(scope, "received_at", from, until);
        String key = group == null ? "0" : group;
        String select = "select " + key + ", percentile_cont(0.5) within group (order by r.business_minutes_to_resolve),"
                + " count(r.business_minutes_to_resolve)";
        String tail = " and r.status in " + DONE + " and r.business_minutes_to_resolve is not null"
                + (group == null ? "" : " group by " + group);
        Map<Long, Median> result = new HashMap<>();
        for (Object[] row : rows(select, where, tail)) {
            long n = number(row[2]);
            if (n > 0) {
                result.put(number(row[0]), Median.of(row[1] == null ? null : ((Number) row[1]).doubleValue(), n));
            }
        }
        return result;
    }

    /** The weeks (from the first day) or calendar months of the range. */
    static List<LocalDate[]> buckets(LocalDate from, LocalDate to, boolean weekly) {
        List<LocalDate[]> buckets = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate next = weekly ? start.plusWeeks(1) : start.withDayOfMonth(1).plusMonths(1);
            LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            buckets.add(new LocalDate[] {start, last});
            start = next;
        }
        return buckets;
    }

    private List<TrendPoint> trend(Scope scope, ZoneId zone, boolean weekly) {
        TransparencyFilter filter = scope.filter();
        List<LocalDate[]> buckets = buckets(filter.from(), filter.to(), weekly);
        long[] received = perBucket(scope, zone, "received_at", buckets, 0);
        long[] resolved = perBucket(scope, zone, "resolved_at", buckets, 0);
        Optional<LocalDate> firstDay = scopes.firstDay(scope.body());
        boolean earlier = firstDay.isPresent() && !firstDay.get().isAfter(buckets.get(buckets.size() - 1)[0].minusYears(1));
        long[] yearEarlier = earlier ? perBucket(scope, zone, "received_at", buckets, 1) : null;
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate[] b = buckets.get(i);
            // only where Puente held reports for the whole of the earlier days
            boolean known = earlier && !firstDay.get().isAfter(b[0].minusYears(1));
            points.add(new TrendPoint(b[0], b[1], received[i], resolved[i], known ? yearEarlier[i] : null));
        }
        return points;
    }

    /** Counts per bucket by the day of {@code column}, the buckets moved {@code yearsBack} years back. */
    private long[] perBucket(Scope scope, ZoneId zone, String column, List<LocalDate[]> buckets, int yearsBack) {
        Instant from = buckets.get(0)[0].minusYears(yearsBack).atStartOfDay(zone).toInstant();
        Instant until = buckets.get(buckets.size() - 1)[1].minusYears(yearsBack).plusDays(1).atStartOfDay(zone).toInstant();
        Where where = new Where(scope, column, from, until);
        StringBuilder bucket = new StringBuilder("case");
        for (int i = 1; i < buckets.size(); i++) {
            Instant start = buckets.get(i)[0].minusYears(yearsBack).atStartOfDay(zone).toInstant();
            bucket.append(" when r.").append(column).append(" < ").append(where.param(utc(start))).append(" then ").append(i - 1);
        }
        bucket.append(" else ").append(buckets.size() - 1).append(" end");
        // the CASE's parameters come after the WHERE's in the text, so the WHERE is written into a
        // derived table whose SELECT refers to them by number
        String select = "select " + bucket + " as bucket";
        String sql = "select t.bucket, count(*) from (" + select + where.sql + ") t group by t.bucket";
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < where.parameters.size(); i++) {
            q.setParameter(i + 1, where.parameters.get(i));
        }
        long[] counts = new long[buckets.size()];
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts[(int) number(r[0])] += number(r[1]);
        }
        return counts;
    }
}
