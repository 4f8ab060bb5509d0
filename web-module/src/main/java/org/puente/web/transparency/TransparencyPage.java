package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.transparency.Catalogue;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyScope.Municipality;
import org.puente.transparency.TransparencyService;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * /transparencia, /transparencia/MET and the card: reads the municipality and the filter from the
 * address and gets the figures (all of them kept a minute by the service, so a page runs no query).
 * An unknown municipality is 404; a filter that cannot be read is 400 with a message per field.
 */
@Named
@RequestScoped
public class TransparencyPage {

    @Inject
    private TransparencyService transparency;

    @Inject
    private Texts texts;

    private List<Municipality> municipalities;
    private Catalogue catalogue;
    private DashboardFigures figures;
    private final Map<String, List<BusinessException>> errors = new HashMap<>();
    private final Map<String, String> asked = new HashMap<>();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        municipalities = transparency.municipalities();
        String code = (String) external.getRequestMap().get(TransparencyRouter.MUNICIPALITY);
        if (code == null) {
            code = parameters.get("municipio");
        }
        if (code == null || code.isBlank()) {
            if (municipalities.size() != 1) {
                return; // the selector
            }
            code = municipalities.get(0).code();
        }
        Optional<Catalogue> found = transparency.catalogue(code);
        if (found.isEmpty()) {
            ErrorView.show(context, 404);
            return;
        }
        catalogue = found.get();
        for (String name : List.of(
                TransparencyFilter.PERIOD,
                TransparencyFilter.FROM,
                TransparencyFilter.TO,
                TransparencyFilter.SERVICE,
                TransparencyFilter.DELEGACION)) {
            asked.put(name, parameters.get(name));
        }
        try {
            TransparencyFilter filter = catalogue.read(
                    asked.get(TransparencyFilter.PERIOD),
                    asked.get(TransparencyFilter.FROM),
                    asked.get(TransparencyFilter.TO),
                    asked.get(TransparencyFilter.SERVICE),
                    asked.get(TransparencyFilter.DELEGACION),
                    transparency.today(catalogue));
            figures = transparency.figures(catalogue, filter);
        } catch (InvalidInputException e) {
            // put into words when the page is drawn, in its language (f:view sets it only then)
            e.getProblems()
                    .forEach(p -> errors.merge(p.getField(), List.of(p), (a, b) -> {
                        List<BusinessException> both = new java.util.ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    }));
            external.setResponseStatus(400);
        }
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }

    public Catalogue getCatalogue() {
        return catalogue;
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    /** The refusal of one URL parameter, or null. */
    public String error(String field) {
        List<BusinessException> problems = errors.get(field);
        return problems == null
                ? null
                : problems.stream()
                        .map(p -> texts.get(p.getMessageKey(), p.getArguments()))
                        .collect(java.util.stream.Collectors.joining(" "));
    }

    public boolean isRefused() {
        return !errors.isEmpty();
    }

    /** What the form shows in a field: the filter's value, or what the visitor typed when it was refused. */
    public String value(String field) {
        if (figures != null) {
            TransparencyFilter f = figures.filter();
            return switch (field) {
                case TransparencyFilter.PERIOD -> f.period().code();
                case TransparencyFilter.FROM -> f.from().toString();
                case TransparencyFilter.TO -> f.to().toString();
                case TransparencyFilter.SERVICE -> f.serviceCode() == null ? "" : f.serviceCode();
                case TransparencyFilter.DELEGACION -> f.delegacionId() == null
                        ? ""
                        : f.delegacionId().toString();
                default -> "";
            };
        }
        String typed = asked.get(field);
        return typed == null ? "" : typed;
    }
}
