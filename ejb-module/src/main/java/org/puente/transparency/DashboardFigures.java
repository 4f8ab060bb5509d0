package org.puente.transparency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the transparency dashboard, its JSON and its card show for one filter, computed at
 * {@code computedAt}. Only counts, shares, medians and the names of services, departments,
 * delegaciones and colonias: no report, person or place finer than a colonia's centre.
 *
 * @param totals      the headline figures; null when the range holds fewer than five reports
 * @param mostDemanded the service with the most reports among those with five or more (null if none)
 * @param mostAffected the delegación with the most reports among those with five or more (null if none)
 * @param weekly      the trend is by week (ranges of {@value TransparencyService#WEEKLY_UP_TO_DAYS} days or
 *                    fewer), by month otherwise
 * @param drawings    what the web layer made of these figures (their JSON, their chart in a language), made
 *                    once and kept as long as the figures are ({@link FigureCache})
 */
public record DashboardFigures(
        String bodyCode,
        String bodyName,
        ZoneId zone,
        TransparencyFilter filter,
        Instant computedAt,
        long received,
        GroupStats totals,
        GroupFigures mostDemanded,
        GroupFigures mostAffected,
        List<GroupFigures> byService,
        List<GroupFigures> byDepartment,
        List<GroupFigures> byDelegacion,
        List<GroupFigures> byColonia,
        List<GroupFigures> byChannel,
        List<TrendPoint> trend,
        boolean weekly,
        Drawings drawings) {

    public DashboardFigures {
        byService = List.copyOf(byService);
        byDepartment = List.copyOf(byDepartment);
        byDelegacion = List.copyOf(byDelegacion);
        byColonia = List.copyOf(byColonia);
        byChannel = List.copyOf(byChannel);
        trend = List.copyOf(trend);
    }

    /** No report was received in the range. */
    public boolean isEmpty() {
        return received == 0;
    }

    /** Some, but fewer than five: the small-n rule hides even the headline. */
    public boolean isFewerThanFive() {
        return received > 0 && totals == null;
    }

    /** Whether any week or month has a figure from a year earlier. */
    public boolean hasYearEarlier() {
        return trend.stream().anyMatch(p -> p.receivedYearEarlier() != null);
    }
}
