package org.puente.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.identity.OwnAccount;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * "Mi cuenta" for a citizen: correcting his name and e-mail (ARCO rectification; the e-mail only with his
 * password), and the wait after too many downloads of his data. What he typed stays on a refusal.
 */
@Named
@RequestScoped
public class AccountDataForm {

    @Inject
    private OwnAccount ownAccount;

    @Inject
    private CurrentUser user;

    @Inject
    private Texts texts;

    private String fullName;
    private String email;
    private String currentPassword;

    @PostConstruct
    void fill() {
        UserAccount account = user.getAccount();
        if (account != null) {
            fullName = account.getFullName();
            email = account.getEmail();
        }
    }

    public String save() {
        try {
            texts.info(
                    ownAccount.correct(fullName, email, currentPassword)
                            ? "account.correct.saved"
                            : "account.correct.unchanged");
            return "/mi-cuenta?faces-redirect=true";
        } catch (BusinessException refusal) {
            texts.show(refusal, "accountData");
            return null;
        }
    }

    /** The minutes to wait when the download limit sent the citizen back here ({@code ?espera=}); 0 otherwise. */
    public int getWaitMinutes() {
        String wait = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("espera");
        return wait != null && wait.matches("[0-9]{1,4}") ? Integer.parseInt(wait) : 0;
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
