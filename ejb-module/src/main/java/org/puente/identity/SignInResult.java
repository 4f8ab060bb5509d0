package org.puente.identity;

import java.util.Set;

/** What a sign-in attempt gave: the caller and his roles, or why not. */
public record SignInResult(Outcome outcome, String username, Set<Role> roles) {

    public enum Outcome { OK, INVALID, LOCKED, INACTIVE }

    static SignInResult ok(UserAccount account) {
        return new SignInResult(Outcome.OK, account.getUsername(), Set.copyOf(account.getRoles()));
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of());
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
