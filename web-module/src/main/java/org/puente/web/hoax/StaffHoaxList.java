package org.puente.web.hoax;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.communication.Listing;
import org.puente.hoax.HoaxRow;
import org.puente.hoax.Hoaxes;
import org.puente.web.communication.Params;

/** /staff/desmentidos: the debunks of the caller's body (every body's for the administrator), paged. */
@Named
@RequestScoped
public class StaffHoaxList {

    @Inject
    private Hoaxes hoaxes;

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
