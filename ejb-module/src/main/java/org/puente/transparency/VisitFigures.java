package org.puente.transparency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The visit figures of the transparency pages: page views of the whole public site (the service and
 * the delegación of a filter do not apply to them) by device, operating system and browser, for
 * the filter's range and for each week of it (Monday to Sunday, the first and last cut to the range).
 * Summed by the database per day; the days are put into weeks here.
 */
@Stateless
public class VisitFigures {

    /** One week's, or the whole range's, views by class. */
    public record Counts(
            LocalDate from,
            LocalDate to,
            long total,
            Map<DeviceClass, Long> devices,
            Map<OsFamily, Long> systems,
            Map<BrowserFamily, Long> browsers) {

        public long device(DeviceClass d) {
            return devices.getOrDefault(d, 0L);
        }

        public long system(OsFamily o) {
            return systems.getOrDefault(o, 0L);
        }

        public long browser(BrowserFamily b) {
            return browsers.getOrDefault(b, 0L);
        }
    }

    /**
     * The range's figures: its total, its weeks from the first with a view (newest first), and the
     * systems and browsers that appear at all (the columns worth showing), in their fixed order.
     */
    public record Figures(
            Counts range,
            List<Counts> weeks,
            List<DeviceClass> deviceColumns,
            List<OsFamily> systemColumns,
            List<BrowserFamily> browserColumns) {

        public boolean isEmpty() {
            return range.total() == 0;
        }
    }

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public Figures of(TransparencyFilter filter) {
        return of(filter.from(), filter.to());
    }

    /** The figures of the days from {@code from} to {@code to}, both included. */
    public Figures of(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Counts> weeks = new TreeMap<>();
        Counts range = empty(from, to);
        for (Object[] row : sums("c.device", from, to)) {
            DeviceClass d = (DeviceClass) row[1];
            long n = ((Number) row[2]).longValue();
            Counts week = week(weeks, (LocalDate) row[0], from, to);
            week.devices().merge(d, n, Long::sum);
            range.devices().merge(d, n, Long::sum);
        }
        for (Object[] row : sums("c.os", from, to)) {
            long n = ((Number) row[2]).longValue();
            week(weeks, (LocalDate) row[0], from, to).systems().merge((OsFamily) row[1], n, Long::sum);
            range.systems().merge((OsFamily) row[1], n, Long::sum);
        }
        for (Object[] row : sums("c.browser", from, to)) {
            long n = ((Number) row[2]).longValue();
            week(weeks, (LocalDate) row[0], from, to).browsers().merge((BrowserFamily) row[1], n, Long::sum);
            range.browsers().merge((BrowserFamily) row[1], n, Long::sum);
        }
        List<Counts> list = new ArrayList<>();
        if (!weeks.isEmpty()) {
            // every week from the first with a view to the range's last, so that a quiet week shows as 0
            LocalDate start = weeks.firstKey();
            for (LocalDate monday = start; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
                Counts w = weeks.get(monday);
                list.add(total(w != null ? w : empty(max(monday, from), min(monday.plusDays(6), to))));
            }
            Collections.reverse(list);
        }
        Counts whole = total(range);
        return new Figures(
                whole,
                list,
                Arrays.asList(DeviceClass.values()),
                Arrays.stream(OsFamily.values())
                        .filter(o -> whole.system(o) > 0)
                        .toList(),
                Arrays.stream(BrowserFamily.values())
                        .filter(b -> whole.browser(b) > 0)
                        .toList());
    }

    private List<Object[]> sums(String column, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select c.day, " + column + ", sum(c.views) from PageViewCount c"
                                + " where c.day >= :from and c.day <= :to group by c.day, " + column,
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static Counts week(TreeMap<LocalDate, Counts> weeks, LocalDate day, LocalDate from, LocalDate to) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return weeks.computeIfAbsent(monday, m -> empty(max(m, from), min(m.plusDays(6), to)));
    }

    private static Counts empty(LocalDate from, LocalDate to) {
        return new Counts(
                from,
                to,
                0,
                new EnumMap<>(DeviceClass.class),
                new EnumMap<>(OsFamily.class),
                new EnumMap<>(BrowserFamily.class));
    }

    private static Counts total(Counts c) {
        long total = c.devices().values().stream().mapToLong(Long::longValue).sum();
        return new Counts(c.from(), c.to(), total, c.devices(), c.systems(), c.browsers());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
