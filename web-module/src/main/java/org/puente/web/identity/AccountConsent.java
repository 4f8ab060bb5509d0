package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.privacy.Consent;
import org.puente.privacy.Consents;

/** The consent the signed-in citizen gave on signing up, read from its consent row (the one record of it). */
@Named
@RequestScoped
public class AccountConsent {

    @Inject
    private Consents consents;

    @Inject
    private CurrentUser user;

    private Consent given;
    private boolean read;

    /** His last consent to a privacy notice with his account; null for staff and for none. */
    public Consent getGiven() {
        if (!read) {
            read = true;
            given = consents.latestOfAccount(user.getAccount()).orElse(null);
        }
        return given;
    }
}
