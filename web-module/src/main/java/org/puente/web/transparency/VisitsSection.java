package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    /** A week or range as its first and last day, in the page's language ("2 mar – 8 mar 2026"). */
    public String days(VisitFigures.Counts counts) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter full =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (counts.from().equals(counts.to())) {
            return full.format(counts.from());
        }
        String first = counts.from().getYear() == counts.to().getYear()
                ? DateTimeFormatter.ofPattern("d MMM", locale).format(counts.from())
                : full.format(counts.from());
        return first + " – " + full.format(counts.to());
    }

    /** A count's share of a total, in whole percent (0 for an empty total). */
    public long percent(long count, long total) {
        return total == 0 ? 0 : Math.round(100.0 * count / total);
    }
}
