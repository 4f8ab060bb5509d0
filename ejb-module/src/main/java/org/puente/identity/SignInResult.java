package org.puente.identity;

import java.util.Set;

/**
 * What a sign-in attempt gave: the caller, his roles and his account's session number (which the open
 * session keeps, see {@link UserAccount#getSessionVersion}), or why not. The login page answers UNKNOWN,
 * INVALID and LOCKED alike; the outcome is for the log.
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, int sessionVersion) {

    public enum Outcome { OK, UNKNOWN, INVALID, LOCKED, INACTIVE }

    static SignInResult ok(UserAccount account) {
        return new SignInResult(Outcome.OK, account.getUsername(), Set.copyOf(account.getRoles()),
                account.getSessionVersion());
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of(), 0);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
