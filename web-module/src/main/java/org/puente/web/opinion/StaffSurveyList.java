package org.puente.web.opinion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.opinion.OpinionSurveys;
import org.puente.opinion.SurveyList;

/** /staff/encuestas: the opinion surveys of the caller's body (every body's for the administrator), paged. */
@Named
@RequestScoped
public class StaffSurveyList {

    @Inject
    private OpinionSurveys surveys;

    private Integer pagina;
    private SurveyList page;

    public void load() {
        page = surveys.list(pagina == null ? 1 : pagina);
    }

    public SurveyList getPage() {
        return page;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
