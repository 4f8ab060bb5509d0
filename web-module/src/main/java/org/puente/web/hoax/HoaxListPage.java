package org.puente.web.hoax;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.communication.Listing;
import org.puente.hoax.HoaxRow;
import org.puente.hoax.PublicHoaxes;
import org.puente.web.communication.Params;

/** /desmentidos: the published debunks, the latest first, paged (?pagina=2). */
@Named
@RequestScoped
public class HoaxListPage {

    @Inject
    private PublicHoaxes hoaxes;

    private String pagina;
    private Listing<HoaxRow> page;

    public void load() {
        page = hoaxes.list(Params.page(pagina));
    }

    public Listing<HoaxRow> getPage() {
        return page;
    }

    public String getPagina() {
        return pagina;
    }

    public void setPagina(String pagina) {
        this.pagina = pagina;
    }
}
