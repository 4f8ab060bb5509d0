package org.puente.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.puente.privacy.PrivacyNotice;
import org.puente.privacy.PrivacyNotices;

/**
 * The simplified notice a form shows beside its consent box (WEB-INF/includes/privacy-simplified.xhtml):
 * the one in force of the form's body, or for the registration form the one an account consents to.
 * Read once per request and body.
 */
@Named
@RequestScoped
public class NoticeBox {

    @Inject
    private PrivacyNotices notices;

    private final Map<Long, Optional<PrivacyNotice>> byBody = new HashMap<>();
    private PrivacyNotice forAccounts;

    /** The notice in force of the body with that id; null when there is none (no body chosen yet). */
    public PrivacyNotice ofBody(Long bodyId) {
        return bodyId == null
                ? null
                : byBody.computeIfAbsent(bodyId, id -> notices.inForce(id)).orElse(null);
    }

    /** The notice a new account consents to (the default body's); null while there is no body at all. */
    public PrivacyNotice getForAccounts() {
        if (forAccounts == null) {
            forAccounts = notices.defaultBody().flatMap(notices::inForce).orElse(null);
        }
        return forAccounts;
    }
}
