package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.identity.PasswordLinks;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/** Changes the signed-in person's password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private PasswordLinks accounts;

    @Inject
    private CurrentUser user;

    @Inject
    private Texts texts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            texts.error("password:confirmation", "password.confirmation.mismatch");
            return;
        }
        try {
            accounts.changePassword(user.getAccount().getUsername(), currentPassword, newPassword);
            texts.info("password.changed");
        } catch (BusinessException refusal) {
            texts.show(refusal, "password");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
