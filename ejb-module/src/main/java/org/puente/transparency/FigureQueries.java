package org.puente.transparency;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.transparency.TransparencyScope.Scope;

/**
 * The dashboard's grouped SQL queries over the reports of one filter (no report is loaded): counts
 * per service, department, colonia and channel; medians of the business time to resolve; counts per
 * week or month. {@link TransparencyService} puts their rows together into figures.
 */
@Dependent
public class FigureQueries {

    private static final String OPEN = "('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')";
    private static final String DONE = "('RESOLVED', 'CLOSED')";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** The WHERE clause of every query and its parameters, for one filter and one range of instants. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        Where(Scope scope, String column, Instant from, Instant until) {
            sql.append(" from service_report r join colonia c on c.id = r.colonia_id where r.body_id = ")
                    .append(param(scope.body().getId()))
                    .append(" and r.")
                    .append(column)
                    .append(" >= ")
                    .append(param(utc(from)))
                    .append(" and r.")
                    .append(column)
                    .append(" < ")
                    .append(param(utc(until)));
            if (scope.service() != null) {
                sql.append(" and r.service_id = ").append(param(scope.service().getId()));
            }
            if (scope.delegacion() != null) {
                sql.append(" and c.delegacion_id = ")
                        .append(param(scope.delegacion().getId()));
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

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Counts of the reports received in [from, until) per service × department × colonia × channel
     * (the first four columns), then: total, in process, resolved, closed, rejected, duplicate, on time,
     * late, open overdue at {@code now}, open within term.
     */
    List<Object[]> counts(Scope scope, Instant from, Instant until, Instant now) {
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
        List<Object[]> countRows =
                rows(select, counts, " group by r.service_id, r.department_id, r.colonia_id, r.channel");
        return countRows;
    }

    /** Median business minutes per group (key 0 when {@code group} is null: all reports). */
    Map<Long, Median> medians(Scope scope, Instant from, Instant until, String group) {
        Where where = new Where(scope, "received_at", from, until);
        String key = group == null ? "0" : group;
        String select =
                "select " + key + ", percentile_cont(0.5) within group (order by r.business_minutes_to_resolve),"
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

    /** Counts per bucket by the day of {@code column}, the buckets moved {@code yearsBack} years back. */
    long[] perBucket(Scope scope, ZoneId zone, String column, List<LocalDate[]> buckets, int yearsBack) {
        Instant from =
                buckets.get(0)[0].minusYears(yearsBack).atStartOfDay(zone).toInstant();
        Instant until = buckets.get(buckets.size() - 1)[1]
                .minusYears(yearsBack)
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        Where where = new Where(scope, column, from, until);
        StringBuilder bucket = new StringBuilder("case");
        for (int i = 1; i < buckets.size(); i++) {
            Instant start =
                    buckets.get(i)[0].minusYears(yearsBack).atStartOfDay(zone).toInstant();
            bucket.append(" when r.")
                    .append(column)
                    .append(" < ")
                    .append(where.param(utc(start)))
                    .append(" then ")
                    .append(i - 1);
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
