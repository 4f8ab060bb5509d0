package org.puente.web.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: the one-time code typed on /login/codigo. It names no account: the identity
 * store takes the account from the session's {@link PendingSignIn}, which only a right password creates.
 */
public final class OneTimeCodeCredential implements Credential {

    private final String code;

    OneTimeCodeCredential(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
