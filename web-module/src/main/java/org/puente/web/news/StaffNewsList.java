package org.puente.web.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.communication.Listing;
import org.puente.news.NewsItems;
import org.puente.news.NewsRow;
import org.puente.web.communication.Params;

/** /staff/noticias: the news items of the caller's body (every body's for the administrator), paged. */
@Named
@RequestScoped
public class StaffNewsList {

    @Inject
    private NewsItems news;

    private String pagina;
    private Listing<NewsRow> page;

    public void load() {
        page = news.list(Params.page(pagina));
    }

    public Listing<NewsRow> getPage() {
        return page;
    }

    public String getPagina() {
        return pagina;
    }

    public void setPagina(String pagina) {
        this.pagina = pagina;
    }
}
