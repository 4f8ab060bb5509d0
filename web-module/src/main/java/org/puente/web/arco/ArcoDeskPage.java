package org.puente.web.arco;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.arco.ArcoDesk;
import org.puente.arco.ArcoRow;

/** /staff/arco: the data-protection officer's list of ARCO requests, newest first, a page at a time ({@code ?pagina=}). */
@Named
@RequestScoped
public class ArcoDeskPage {

    @Inject
    private ArcoDesk desk;

    private String pagina;
    private int pageNumber = 1;
    private ArcoDesk.Page page;

    public void load() {
        pageNumber = pagina != null && pagina.strip().matches("[0-9]{1,6}")
                ? Math.max(1, Integer.parseInt(pagina.strip()))
                : 1;
        page = desk.list(pageNumber - 1);
    }

    public List<ArcoRow> getRows() {
        return page.rows();
    }

    public long getTotal() {
        return page.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPages() {
        return (int) Math.max(1, (page.total() + ArcoDesk.PAGE_SIZE - 1) / ArcoDesk.PAGE_SIZE);
    }

    public String getPagina() {
        return pagina;
    }

    public void setPagina(String pagina) {
        this.pagina = pagina;
    }
}
