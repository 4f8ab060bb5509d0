package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import org.puente.identity.SignInResult;

/** Carries why a sign-in failed from the identity store to the login page, within one request. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult.Outcome outcome() {
        return result == null ? SignInResult.Outcome.INVALID : result.outcome();
    }

    public String username() {
        return result == null ? null : result.username();
    }

    public int sessionVersion() {
        return result == null ? 0 : result.sessionVersion();
    }

    public boolean isStaff() {
        return result != null && result.roles().stream().anyMatch(r -> r.isStaff());
    }
}
