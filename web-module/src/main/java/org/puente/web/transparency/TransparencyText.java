package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.puente.platform.Links;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.GroupFigures;
import org.puente.transparency.Median;
import org.puente.transparency.TrendPoint;
import org.puente.web.platform.Texts;

/**
 * The dashboard's figures as words and numbers in the page's language, and its chart and map as JSON.
 * <p>Over 150 lines: every number, hour, date and chart label of the dashboard in one place, so the pages format nothing themselves.
 */
@Named("tx")
@RequestScoped
public class TransparencyText {

    /**
     * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on every
     * call, which costs more than building the whole answer (measured by bench/dashboard.sh).
     */
    private static final jakarta.json.JsonBuilderFactory JSON =
            jakarta.json.Json.createBuilderFactory(java.util.Map.of());

    @Inject
    private Texts texts;

    /** The public address, for the card's embedding code (never the Host header a visitor sent). */
    @Inject
    private Links links;

    public String getBaseUrl() {
        return links.base();
    }

    /** A page formats a few hundred numbers: one formatter each per request. */
    private NumberFormat integers;

    private NumberFormat percents;
    private NumberFormat hours;

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String count(long n) {
        if (integers == null) {
            integers = NumberFormat.getIntegerInstance(locale());
        }
        return integers.format(n);
    }

    /** A share from 0 to 1 as a whole percentage; a dash when there is none. */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        if (percents == null) {
            percents = NumberFormat.getPercentInstance(locale());
            percents.setMaximumFractionDigits(0);
        }
        return percents.format(share);
    }

    /** Business hours with one decimal ("12.5 h"), or "menos de 5" below the small-n rule. */
    public String hours(Median median) {
        if (median == null || median.isFewerThanFive()) {
            return texts.get("dashboard.fewerThanFive");
        }
        if (hours == null) {
            hours = NumberFormat.getNumberInstance(locale());
            hours.setMaximumFractionDigits(1);
            hours.setMinimumFractionDigits(1);
        }
        return texts.get("dashboard.hours", hours.format(median.businessHours()));
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(day);
    }

    /** "Actualizado a las 10:42", the time the figures were computed, in the municipality's zone. */
    public String updated(DashboardFigures f) {
        return texts.get(
                "dashboard.updated",
                DateTimeFormatter.ofPattern("HH:mm").format(f.computedAt().atZone(f.zone())));
    }

    /** A week or a partial month ("3 dic 2026 – 9 dic 2026") or a whole month ("dic 2026") of the trend. */
    public String bucket(TrendPoint p, boolean weekly) {
        boolean wholeMonth = p.first().getDayOfMonth() == 1
                && p.last().equals(p.first().withDayOfMonth(p.first().lengthOfMonth()));
        if (weekly || !wholeMonth) {
            return p.first().equals(p.last()) ? day(p.first()) : day(p.first()) + " – " + day(p.last());
        }
        return DateTimeFormatter.ofPattern("LLL yyyy", locale()).format(p.first());
    }

    /** A channel's name (WEB, PHONE, OPEN311). */
    public String channel(String name) {
        return texts.get("dashboard.channel." + name);
    }

    /** The trend as a Chart.js configuration for p:chart: received and resolved, and a year earlier. */
    public String trendChart(DashboardFigures f) {
        return kept("trend", f, () -> buildTrendChart(f));
    }

    private String buildTrendChart(DashboardFigures f) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder received = JSON.createArrayBuilder();
        JsonArrayBuilder resolved = JSON.createArrayBuilder();
        JsonArrayBuilder earlier = JSON.createArrayBuilder();
        for (TrendPoint p : f.trend()) {
            labels.add(bucket(p, f.weekly()));
            received.add(p.received());
            resolved.add(p.resolved());
            if (p.receivedYearEarlier() == null) {
                earlier.addNull();
            } else {
                earlier.add(p.receivedYearEarlier());
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset("dashboard.trend.received", received, "#8a1e3f", false))
                .add(dataset("dashboard.trend.resolved", resolved, "#1e5b4f", false));
        if (f.hasYearEarlier()) {
            datasets.add(dataset("dashboard.trend.yearEarlier", earlier, "#6b7280", true));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    private JsonObjectBuilder dataset(String key, JsonArrayBuilder values, String colour, boolean dashed) {
        JsonObjectBuilder d = JSON.createObjectBuilder()
                .add("label", texts.get(key))
                .add("data", values)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("tension", 0.2)
                .add("spanGaps", false);
        if (dashed) {
            d.add("borderDash", JSON.createArrayBuilder().add(6).add(4));
        }
        return d;
    }

    /** The colonias with five reports or more and a centre, for the map's circles. */
    public String mapData(DashboardFigures f) {
        return kept("map", f, () -> buildMapData(f));
    }

    /** The figures' chart or map in the page's language, drawn once per figures ({@link DashboardFigures#drawings}). */
    private String kept(String what, DashboardFigures f, java.util.function.Supplier<String> build) {
        return f.drawings().get(what + "|" + locale().toLanguageTag(), build);
    }

    private String buildMapData(DashboardFigures f) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (GroupFigures g : f.byColonia()) {
            if (g.isFewerThanFive() || g.latitude() == null) {
                continue;
            }
            Double share = g.stats().compliance().onTimeShare();
            points.add(JSON.createObjectBuilder()
                    .add("name", g.name())
                    .add("delegacion", g.parent())
                    .add("lat", g.latitude())
                    .add("lon", g.longitude())
                    .add("total", g.stats().total())
                    .add("share", share == null ? -1 : share)
                    .add(
                            "label",
                            g.name() + " (" + g.parent() + "): "
                                    + texts.get(
                                            "dashboard.map.popup",
                                            count(g.stats().total()),
                                            percent(share))));
        }
        return points.build().toString();
    }
}
