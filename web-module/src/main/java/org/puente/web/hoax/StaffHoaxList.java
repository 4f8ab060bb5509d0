package org.puente.web.hoax;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.communication.Listing;
import org.puente.hoax.HoaxRow;
import org.puente.hoax.Hoaxes;

/** /staff/desmentidos: the debunks of the caller's body (every body's for the administrator), paged. */
@Named
@RequestScoped
public class StaffHoaxList {

    @Inject
    private Hoaxes hoaxes;

    private Integer pagina;
    private Listing<HoaxRow> page;

    public void load() {
        page = hoaxes.list(pagina == null ? 1 : pagina);
    }

    public Listing<HoaxRow> getPage() {
        return page;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
