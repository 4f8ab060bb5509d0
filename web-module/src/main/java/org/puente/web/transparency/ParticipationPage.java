package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyScope;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * /transparencia/participacion ("Encuesta y visitas"): the survey's results and the visit figures of
 * one municipality ({@code municipio}, the only one when the installation serves one) under the
 * dashboard's filter, read from the URL. An unknown municipality is a 404; a filter it cannot read
 * is shown again with a message on each wrong field, answered with 400.
 * <p>Over 150 lines only through the accessors of its six URL parameters, which f:viewParam binds on the bean itself.
 */
@Named
@RequestScoped
public class ParticipationPage {

    @Inject
    private TransparencyScope scopes;

    @Inject
    private CatalogService catalog;

    @Inject
    private Texts texts;

    private String municipio;
    private String periodo;
    private String desde;
    private String hasta;
    private String servicio;
    private String delegacion;

    private Body body;
    private TransparencyScope.Scope scope;
    private List<TransparencyScope.Municipality> municipalities;
    private final Map<String, BusinessException> problems = new LinkedHashMap<>();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        municipalities = scopes.municipalities();
        Optional<Body> chosen = municipio == null || municipio.isBlank()
                ? municipalities.stream().findFirst().flatMap(m -> scopes.municipality(m.code()))
                : scopes.municipality(municipio);
        if (chosen.isEmpty()) {
            ErrorView.show(context, 404);
            return;
        }
        body = chosen.get();
        try {
            scope = scopes.read(body, periodo, desde, hasta, servicio, delegacion);
        } catch (InvalidInputException invalid) {
            for (BusinessException p : invalid.getProblems()) {
                problems.put(p.getField(), p);
            }
            context.getExternalContext().setResponseStatus(400);
        }
    }

    public List<TransparencyFilter.Period> getPeriods() {
        return List.of(TransparencyFilter.Period.values());
    }

    public List<PublicService> getServices() {
        return catalog.services(body);
    }

    public List<Delegacion> getDelegaciones() {
        return catalog.delegaciones(body);
    }

    /**
     * The message of a filter parameter the page could not read, or null; in the page's language,
     * which is known only when the page renders.
     */
    public String problem(String field) {
        BusinessException p = problems.get(field);
        return p == null ? null : texts.get(p.getMessageKey(), p.getArguments());
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    /** The period the form shows selected: the one read, or what was asked for when it was refused. */
    public String getSelectedPeriod() {
        return scope != null ? scope.filter().period().code() : periodo;
    }

    public String getSelectedFrom() {
        return scope != null ? scope.filter().from().toString() : desde;
    }

    public String getSelectedTo() {
        return scope != null ? scope.filter().to().toString() : hasta;
    }

    public String getSelectedService() {
        return scope != null ? scope.filter().serviceCode() : servicio;
    }

    public String getSelectedDelegacion() {
        if (scope != null) {
            return scope.filter().delegacionId() == null
                    ? null
                    : scope.filter().delegacionId().toString();
        }
        return delegacion;
    }

    public TransparencyScope.Scope getScope() {
        return scope;
    }

    public Body getBody() {
        return body;
    }

    public List<TransparencyScope.Municipality> getMunicipalities() {
        return municipalities;
    }

    public String getMunicipio() {
        return municipio;
    }

    public void setMunicipio(String municipio) {
        this.municipio = municipio;
    }

    public String getPeriodo() {
        return periodo;
    }

    public void setPeriodo(String periodo) {
        this.periodo = periodo;
    }

    public String getDesde() {
        return desde;
    }

    public void setDesde(String desde) {
        this.desde = desde;
    }

    public String getHasta() {
        return hasta;
    }

    public void setHasta(String hasta) {
        this.hasta = hasta;
    }

    public String getServicio() {
        return servicio;
    }

    public void setServicio(String servicio) {
        this.servicio = servicio;
    }

    public String getDelegacion() {
        return delegacion;
    }

    public void setDelegacion(String delegacion) {
        this.delegacion = delegacion;
    }
}
