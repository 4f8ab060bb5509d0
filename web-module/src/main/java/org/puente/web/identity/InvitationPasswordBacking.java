package org.puente.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.puente.identity.PasswordLinks;
import org.puente.identity.PasswordToken;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /contrasena?token=: a person sets his password with an e-mailed link, an invitation (an expert the
 * evaluator assigned) or a reset ("¿Olvidaste tu contraseña?"); the link works once and for a while.
 * A used, expired or unknown link says which, and offers to ask for a new one.
 */
@Named
@ViewScoped
public class InvitationPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordLinks accounts;

    @Inject
    private Texts texts;

    private String token;
    private PasswordLinks.LinkState link;
    private boolean usable;
    private String username;
    private String newPassword;
    private String confirmation;

    public void check() {
        if (username == null) {
            link = accounts.linkState(token);
            usable = link.state() == PasswordToken.State.USABLE;
        }
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
                link = accounts.linkState(token);
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

    /** USABLE, USED, EXPIRED or UNKNOWN: what the page says about the link. */
    public String getState() {
        return link == null ? PasswordToken.State.UNKNOWN.name() : link.state().name();
    }

    /** True for a "forgot my password" link (else an invitation or unknown). */
    public boolean isReset() {
        return link != null && link.purpose() == PasswordToken.Purpose.RESET;
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
