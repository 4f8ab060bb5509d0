package org.puente.web.petition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.puente.petition.PetitionReceipt;

/**
 * /peticion-enviada: the receipt the form put in the flash (folio, tracking code, type, dates), with the
 * acuse's download and the tracking page's address, by folio only.
 */
@Named
@RequestScoped
public class PetitionReceiptPage {

    private PetitionReceipt receipt;

    public PetitionReceipt getReceipt() {
        if (receipt == null) {
            receipt = (PetitionReceipt) FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .get("petitionReceipt");
        }
        return receipt;
    }

    public ZoneId getZone() {
        return ZoneId.of(getReceipt().timeZone());
    }

    /** "folio=..." (the session that filed it knows its code: {@link org.puente.web.casework.TrackingKeys}). */
    public String getQuery() {
        return "folio=" + encode(getReceipt().folio());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
