package org.puente.web.hoax;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.hoax.HoaxView;
import org.puente.hoax.PublicHoaxes;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.web.communication.Params;
import org.puente.web.platform.Texts;

/** /desmentidos/desmentido?id=N: one published debunk and its ClaimReview (404 for a draft or none). */
@Named
@RequestScoped
public class HoaxPage {

    @Inject
    private PublicHoaxes hoaxes;

    @Inject
    private Links links;

    @Inject
    private Texts texts;

    private Long id;
    private HoaxView hoax;

    public void load() {
        hoax = hoaxes.find(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The ClaimReview JSON-LD, safe inside its script element. */
    public String getJsonLd() {
        return ClaimReviewJson.script(ClaimReviewJson.of(
                hoax,
                links.to("/desmentidos/desmentido?id=" + hoax.id()),
                texts.get(hoax.verdict().messageKey()),
                links.to("/")));
    }

    public HoaxView getHoax() {
        return hoax;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = Params.number(id);
    }
}
