package org.puente.web.transparency;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.transparency.Catalogue;
import org.puente.transparency.Compliance;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.GroupFigures;
import org.puente.transparency.GroupStats;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyService;
import org.puente.transparency.TrendPoint;
import org.puente.web.platform.Messages;

/**
 * /api/transparencia/{municipio}: the dashboard's figures as JSON, with the dashboard's filter
 * parameters ({@code periodo}, {@code desde}, {@code hasta}, {@code servicio}, {@code delegacion}),
 * so that a municipality's site can show them live. Field names are English and documented in
 * docs/transparency-api.md; a group with fewer than five reports is {@code {"fewerThanFive": true}}
 * with no figure. 404 for an unknown municipality, 400 naming each parameter that cannot be read.
 */
@Path("/transparencia/{municipio}")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    /**
     * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on every
     * call, which costs more than building the whole answer (measured by bench/dashboard.sh).
     */
    private static final jakarta.json.JsonBuilderFactory JSON = jakarta.json.Json.createBuilderFactory(java.util.Map.of());

    @Inject
    private TransparencyService transparency;

    @HeaderParam("Accept-Language")
    private String language;

    @GET
    public Response figures(@PathParam("municipio") String code, @QueryParam(TransparencyFilter.PERIOD) String period,
                            @QueryParam(TransparencyFilter.FROM) String from, @QueryParam(TransparencyFilter.TO) String to,
                            @QueryParam(TransparencyFilter.SERVICE) String service,
                            @QueryParam(TransparencyFilter.DELEGACION) String delegacion) {
        Optional<Catalogue> catalogue = transparency.catalogue(code);
        if (catalogue.isEmpty()) {
            return error(404, new BusinessException("error.notFound"), List.of());
        }
        try {
            TransparencyFilter filter = catalogue.get().read(period, from, to, service, delegacion,
                    transparency.today(catalogue.get()));
            return Response.ok(cachedJson(transparency.figures(catalogue.get(), filter))).build();
        } catch (InvalidInputException e) {
            return error(400, e.getProblems().get(0), e.getProblems());
        }
    }

    private Response error(int status, BusinessException main, List<BusinessException> problems) {
        Locale locale = Messages.locale(language);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        problems.forEach(p -> list.add(JSON.createObjectBuilder().add("error", p.getMessageKey())
                .add("message", Messages.text(locale, p)).add("field", p.getField() == null ? "" : p.getField())));
        JsonObject body = JSON.createObjectBuilder().add("error", main.getMessageKey()).add("message", Messages.text(locale, main))
                .add("field", main.getField() == null ? "" : main.getField()).add("problems", list).build();
        return Response.status(status).entity(body).build();
    }

    /** The figures are kept a minute, so is their JSON: it is written once per figures. */
    private static JsonObject cachedJson(DashboardFigures f) {
        return f.drawings().get("json", () -> json(f));
    }

    static JsonObject json(DashboardFigures f) {
        TransparencyFilter filter = f.filter();
        JsonObjectBuilder filterJson = JSON.createObjectBuilder().add("period", filter.period().code())
                .add("from", filter.from().toString()).add("to", filter.to().toString());
        optional(filterJson, "service", filter.serviceCode());
        if (filter.delegacionId() == null) {
            filterJson.addNull("delegacion");
        } else {
            filterJson.add("delegacion", filter.delegacionId());
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("municipality", JSON.createObjectBuilder().add("code", f.bodyCode()).add("name", f.bodyName()))
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
            JsonObjectBuilder point = JSON.createObjectBuilder().add("from", p.first().toString()).add("to", p.last().toString())
                    .add("received", p.received()).add("resolved", p.resolved());
            if (p.receivedYearEarlier() == null) {
                point.addNull("receivedYearEarlier");
            } else {
                point.add("receivedYearEarlier", p.receivedYearEarlier());
            }
            points.add(point);
        }
        o.add("trend", JSON.createObjectBuilder().add("interval", f.weekly() ? "week" : "month").add("points", points));
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
        return o.add("none", false).add("key", g.key()).add("name", g.name()).add("total", g.stats().total());
    }

    private static JsonArrayBuilder groups(List<GroupFigures> groups, boolean place) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (GroupFigures g : groups) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("key", g.key()).add("name", g.name())
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
        JsonObjectBuilder compliance = JSON.createObjectBuilder().add("onTime", c.onTime()).add("late", c.late())
                .add("openOverdue", c.openOverdue()).add("openWithinTerm", c.openWithinTerm());
        if (c.onTimeShare() == null) {
            compliance.addNull("onTimeShare");
        } else {
            compliance.add("onTimeShare", c.onTimeShare());
        }
        JsonObjectBuilder median = JSON.createObjectBuilder().add("fewerThanFive", s.median().isFewerThanFive());
        if (!s.median().isFewerThanFive()) {
            median.add("businessHours", s.median().businessHours()).add("n", s.median().n());
        }
        return JSON.createObjectBuilder().add("total", s.total()).add("inProcess", s.inProcess())
                .add("resolved", s.resolved()).add("closed", s.closed()).add("rejected", s.rejected())
                .add("duplicate", s.duplicate()).add("compliance", compliance).add("medianTimeToResolve", median);
    }
}
