package org.puente.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.puente.identity.PrivacyNotice;

/** The privacy notice's version, for the notice page and the account page. */
@Named
@ApplicationScoped
public class PrivacyNoticeView {

    public String getVersion() {
        return PrivacyNotice.VERSION;
    }
}
