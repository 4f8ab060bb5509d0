package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.identity.AccountService;
import org.puente.identity.CitizenRegistration;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/** A citizen creates his account. Every problem is shown beside its field; nothing is saved until all is right. */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Texts texts;

    private String fullName;
    private String email;
    private String password;
    private boolean privacyConsent;

    public String register() {
        try {
            accounts.registerCitizen(new CitizenRegistration(fullName, email, password, privacyConsent));
        } catch (BusinessException refusal) {
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
