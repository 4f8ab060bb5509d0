package org.puente.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.incident.IncidentNotices;
import org.puente.incident.NoticeList;

/** /staff/avisos: the incident notices of the caller's body (every body's for the administrator), paged. */
@Named
@RequestScoped
public class StaffNoticeList {

    @Inject
    private IncidentNotices notices;

    private Integer pagina;
    private NoticeList page;

    public void load() {
        page = notices.list(pagina == null ? 1 : pagina);
    }

    public NoticeList getPage() {
        return page;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
