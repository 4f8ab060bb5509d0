package org.puente.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.puente.question.DeskFilter;
import org.puente.question.QuestionDesk;
import org.puente.question.QuestionList;

/**
 * /staff/preguntas: the public questions of the caller's body (every body's for the agency's roles) under a filter
 * (?filtro=PENDIENTES, the moderation queue, by default), paged.
 */
@Named
@RequestScoped
public class StaffQuestionList {

    @Inject
    private QuestionDesk desk;

    private String filtro;
    private DeskFilter filter;
    private Integer pagina;
    private QuestionList page;

    public void load() {
        filter = java.util.Arrays.stream(DeskFilter.values())
                .filter(f -> f.name().equals(filtro))
                .findFirst()
                .orElse(DeskFilter.PENDIENTES);
        page = desk.list(filter, pagina == null ? 1 : pagina);
    }

    public List<DeskFilter> getFilters() {
        return Arrays.asList(DeskFilter.values());
    }

    public QuestionList getPage() {
        return page;
    }

    public DeskFilter getFilter() {
        return filter;
    }

    public String getFiltro() {
        return filtro;
    }

    public void setFiltro(String filtro) {
        this.filtro = filtro;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
