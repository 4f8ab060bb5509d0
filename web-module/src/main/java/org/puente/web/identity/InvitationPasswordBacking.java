package org.puente.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.puente.identity.AccountService;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /contrasena?token=: a person invited by e-mail (an expert the evaluator assigned) sets his password
 * with the link's token, which works once and for a few days.
 */
@Named
@ViewScoped
public class InvitationPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Texts texts;

    private String token;
    private boolean usable;
    private String username;
    private String newPassword;
    private String confirmation;

    public void check() {
        usable = username == null && accounts.isUsableToken(token);
    }

    public void save() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            texts.error("setPassword:confirmation", "password.confirmation.mismatch");
            return;
        }
        try {
            username = accounts.setPasswordWithToken(token, newPassword);
            usable = false;
        } catch (BusinessException refusal) {
            if ("token".equals(refusal.getField())) {
                usable = false;
                texts.error(null, refusal.getMessageKey());
            } else {
                texts.show(refusal, "setPassword");
            }
        }
    }

    /** True once the password is set. */
    public boolean isDone() {
        return username != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getUsername() {
        return username;
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
