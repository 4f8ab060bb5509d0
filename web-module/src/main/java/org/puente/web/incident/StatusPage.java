package org.puente.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.incident.NoticeList;
import org.puente.incident.NoticeRow;
import org.puente.incident.PublicNotices;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;

/**
 * /estado: the current incident notices and the past ones, paged (?pagina=2), of every body or of one
 * (?organismo=MET; an unknown code is a 404).
 */
@Named
@RequestScoped
public class StatusPage {

    @Inject
    private PublicNotices notices;

    private String organismo;
    private Integer pagina;
    private Body body;
    private List<NoticeRow> current;
    private NoticeList past;

    public void load() {
        if (organismo != null && !organismo.isBlank()) {
            body = notices.body(organismo).orElseThrow(() -> new BusinessException("error.notFound"));
        }
        current = notices.active().stream()
                .filter(n -> body == null || n.bodyCode().equals(body.getCode()))
                .toList();
        past = notices.past(body, pagina == null ? 1 : pagina);
    }

    /** The address of another page of past notices under the same body. */
    public String pageQuery(int number) {
        return (body == null ? "" : "organismo=" + body.getCode() + "&") + "pagina=" + number;
    }

    /** The feed of this page: the body's, or every body's. */
    public String getFeedQuery() {
        return body == null ? "" : "?organismo=" + body.getCode();
    }

    public Body getBody() {
        return body;
    }

    public List<NoticeRow> getCurrent() {
        return current;
    }

    public NoticeList getPast() {
        return past;
    }

    public String getOrganismo() {
        return organismo;
    }

    public void setOrganismo(String organismo) {
        this.organismo = organismo;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
