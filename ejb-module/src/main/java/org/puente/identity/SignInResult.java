package org.puente.identity;

import java.util.Set;

/**
 * What a sign-in attempt gave: the caller, his roles and his account's session number (which the open
 * session keeps, see {@link UserAccount#getSessionVersion}), or why not. The login page answers UNKNOWN,
 * INVALID and LOCKED alike; the outcome is for the log. CODE_REQUIRED and ENROLMENT_REQUIRED: the password
 * was right, and the caller is not signed in before the second step (a one-time code, or setting one up
 * first); they carry the user name, and no roles.
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, int sessionVersion) {

    public enum Outcome {
        OK,
        UNKNOWN,
        INVALID,
        LOCKED,
        INACTIVE,
        CODE_REQUIRED,
        ENROLMENT_REQUIRED
    }

    static SignInResult ok(UserAccount account) {
        return new SignInResult(
                Outcome.OK, account.getUsername(), Set.copyOf(account.getRoles()), account.getSessionVersion());
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of(), 0);
    }

    /** The password was right, and a second step comes before the sign-in. */
    static SignInResult secondStep(UserAccount account, Outcome outcome) {
        return new SignInResult(outcome, account.getUsername(), Set.of(), account.getSessionVersion());
    }

    public boolean needsSecondStep() {
        return outcome == Outcome.CODE_REQUIRED || outcome == Outcome.ENROLMENT_REQUIRED;
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
