package org.puente.web.transparency;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.puente.transparency.Compliance;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.GroupFigures;
import org.puente.transparency.GroupStats;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TrendPoint;

/**
 * The dashboard's figures as the JSON of /api/transparencia/{municipio} (field names English, documented
 * in docs/transparency-api.md); a group with fewer than five reports is {@code {"fewerThanFive": true}}.
 */
final class FiguresJson {

    /**
     * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on every
     * call, which costs more than building the whole answer (measured by bench/dashboard.sh).
     */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private FiguresJson() {}

    static JsonObject of(DashboardFigures f) {
        TransparencyFilter filter = f.filter();
        JsonObjectBuilder filterJson = JSON.createObjectBuilder()
                .add("period", filter.period().code())
                .add("from", filter.from().toString())
                .add("to", filter.to().toString());
        optional(filterJson, "service", filter.serviceCode());
        if (filter.delegacionId() == null) {
            filterJson.addNull("delegacion");
        } else {
            filterJson.add("delegacion", filter.delegacionId());
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add(
                        "municipality",
                        JSON.createObjectBuilder().add("code", f.bodyCode()).add("name", f.bodyName()))
                .add("filter", filterJson)
                .add("computedAt", f.computedAt().toString())
                .add("timeZone", f.zone().getId())
                .add("minimumGroupSize", GroupFigures.MIN_REPORTS)
                .add("fewerThanFive", f.isFewerThanFive());
        if (f.totals() == null) {
            o.addNull("totals");
        } else {
            o.add("totals", stats(f.totals()));
        }
        o.add("mostDemandedService", leader(f.mostDemanded()));
        o.add("mostAffectedDelegacion", leader(f.mostAffected()));
        o.add("byService", groups(f.byService(), false));
        o.add("byDepartment", groups(f.byDepartment(), false));
        o.add("byDelegacion", groups(f.byDelegacion(), false));
        o.add("byColonia", groups(f.byColonia(), true));
        o.add("byChannel", groups(f.byChannel(), false));
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (TrendPoint p : f.trend()) {
            JsonObjectBuilder point = JSON.createObjectBuilder()
                    .add("from", p.first().toString())
                    .add("to", p.last().toString())
                    .add("received", p.received())
                    .add("resolved", p.resolved());
            if (p.receivedYearEarlier() == null) {
                point.addNull("receivedYearEarlier");
            } else {
                point.add("receivedYearEarlier", p.receivedYearEarlier());
            }
            points.add(point);
        }
        o.add(
                "trend",
                JSON.createObjectBuilder()
                        .add("interval", f.weekly() ? "week" : "month")
                        .add("points", points));
        return o.build();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static JsonObjectBuilder leader(GroupFigures g) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        if (g == null) {
            return o.add("none", true);
        }
        return o.add("none", false)
                .add("key", g.key())
                .add("name", g.name())
                .add("total", g.stats().total());
    }

    private static JsonArrayBuilder groups(List<GroupFigures> groups, boolean place) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (GroupFigures g : groups) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("key", g.key())
                    .add("name", g.name())
                    .add("fewerThanFive", g.isFewerThanFive());
            if (place) {
                optional(o, "delegacion", g.parent());
                if (g.latitude() != null && !g.isFewerThanFive()) {
                    o.add("latitude", g.latitude()).add("longitude", g.longitude());
                }
            }
            if (!g.isFewerThanFive()) {
                o.add("figures", stats(g.stats()));
            }
            a.add(o);
        }
        return a;
    }

    private static JsonObjectBuilder stats(GroupStats s) {
        Compliance c = s.compliance();
        JsonObjectBuilder compliance = JSON.createObjectBuilder()
                .add("onTime", c.onTime())
                .add("late", c.late())
                .add("openOverdue", c.openOverdue())
                .add("openWithinTerm", c.openWithinTerm());
        if (c.onTimeShare() == null) {
            compliance.addNull("onTimeShare");
        } else {
            compliance.add("onTimeShare", c.onTimeShare());
        }
        JsonObjectBuilder median =
                JSON.createObjectBuilder().add("fewerThanFive", s.median().isFewerThanFive());
        if (!s.median().isFewerThanFive()) {
            median.add("businessHours", s.median().businessHours())
                    .add("n", s.median().n());
        }
        return JSON.createObjectBuilder()
                .add("total", s.total())
                .add("inProcess", s.inProcess())
                .add("resolved", s.resolved())
                .add("closed", s.closed())
                .add("rejected", s.rejected())
                .add("duplicate", s.duplicate())
                .add("compliance", compliance)
                .add("medianTimeToResolve", median);
    }
}
