package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.abuse.Limit;
import org.puente.identity.AccountService;
import org.puente.identity.CitizenRegistration;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.platform.Texts;

/**
 * A citizen creates his account. Every problem is shown beside its field; nothing is saved until all is right.
 * Accounts opened from one address are limited ({@link Limit#REGISTRATION_SOURCE}), with a proof of work near the limit.
 */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    private String fullName;
    private String email;
    private String password;
    private boolean privacyConsent;

    public String register() {
        try {
            guard.admitWithChallenge(Limit.REGISTRATION_SOURCE);
        } catch (BusinessException refusal) {
            texts.show(refusal, "registration");
            return null;
        }
        try {
            accounts.registerCitizen(new CitizenRegistration(fullName, email, password, privacyConsent));
        } catch (BusinessException refusal) {
            guard.giveBack(Limit.REGISTRATION_SOURCE);
            texts.show(refusal, "registration");
            return null;
        }
        texts.info("registration.done");
        return "/login?faces-redirect=true";
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
