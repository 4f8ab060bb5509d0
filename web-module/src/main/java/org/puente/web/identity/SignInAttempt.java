package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import org.puente.identity.SignInResult;

/** Carries why a sign-in failed from the identity store to the login page, within one request. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;
    private Duration wait;

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult.Outcome outcome() {
        return result == null ? SignInResult.Outcome.INVALID : result.outcome();
    }

    /** The password was right; a one-time code (or setting one up) comes before the sign-in. */
    public boolean needsSecondStep() {
        return result != null && result.needsSecondStep();
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

    /** The attempt was refused before any check: too many failures from this address (or of this name from it). */
    void throttled(Duration retryAfter) {
        this.wait = retryAfter;
    }

    public boolean isThrottled() {
        return wait != null;
    }

    /** How long to wait, in whole minutes (at least one). */
    public long waitMinutes() {
        return wait == null ? 0 : Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
