package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.identity.PasswordLinks;

/**
 * /olvide-contrasena: anyone types an e-mail and gets the same answer whether or not an account has
 * it; the link goes only to an active account's address.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordLinks accounts;

    private String email;
    private boolean sent;

    public void send() {
        accounts.requestPasswordReset(email);
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public int getMinutes() {
        return accounts.passwordResetMinutes();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
