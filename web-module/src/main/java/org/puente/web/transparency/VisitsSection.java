package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyScope;
import org.puente.transparency.VisitFigures;

/**
 * The visits section ({@code WEB-INF/includes/transparency-visits.xhtml}) of any page that has a
 * {@link TransparencyScope.Scope}: the page passes it as the fragment's {@code scope} parameter.
 */
@Named
@RequestScoped
public class VisitsSection {

    @Inject
    private VisitFigures visits;

    private TransparencyFilter filter;
    private VisitFigures.Figures figures;

    /** The filter's range's figures, computed once per request. */
    public VisitFigures.Figures figures(TransparencyScope.Scope of) {
        if (figures == null || !of.filter().equals(filter)) {
            filter = of.filter();
            figures = visits.of(filter);
        }
        return figures;
    }

    /** A week or range as its first and last day, in the page's language ("2 mar 2026 – 8 mar 2026"). */
    public String days(VisitFigures.Counts counts) {
        return day(counts.from()) + " – " + day(counts.to());
    }

    /** A count's share of a total, in whole percent (0 for an empty total). */
    public long percent(long count, long total) {
        return total == 0 ? 0 : Math.round(100.0 * count / total);
    }

    private static String day(LocalDate d) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }
}
