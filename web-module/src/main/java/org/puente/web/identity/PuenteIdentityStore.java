package org.puente.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.stream.Collectors;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.abuse.Verdict;
import org.puente.identity.AccountService;
import org.puente.identity.SignInResult;
import org.puente.identity.TwoFactor;

/**
 * The database identity store: accounts and roles live in the user_account and user_role tables,
 * passwords as PBKDF2 hashes ({@link AccountService#signIn}).
 *
 * <p>Before any hash is computed, the attempt is counted against two limits ({@link RateLimits}): the
 * failures from the client's address ({@link Limit#SIGN_IN_SOURCE}, against password spraying) and the
 * failures of this user name from this address ({@link Limit#SIGN_IN_ACCOUNT}, the lock-out). The lock-out is
 * per source so that nobody can keep the real owner out by typing wrong passwords on his name elsewhere. A
 * sign-in that succeeds gives its two counts back.
 *
 * <p>A right password of an account that needs a second factor is no sign-in: the caller stays anonymous
 * (the login page then keeps a {@link PendingSignIn} in his session and asks for the code), so no path that
 * knows only the password signs such an account in. The code comes back as a {@link OneTimeCodeCredential},
 * checked for the pending account only, under its own limit ({@link Limit#SIGN_IN_CODE}, per account).
 */
@ApplicationScoped
public class PuenteIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private RateLimits limits;

    @Inject
    private HttpServletRequest request;

    @Inject
    private TwoFactor twoFactor;

    @Inject
    private Clock clock;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String source = request.getRemoteAddr();
        String pair = credential.getCaller() + "|" + source;
        // the name's lock first: a source that keeps trying a locked name is told when that name is free
        // again, and does not use up what its address has left for other names
        Verdict ofName = limits.take(Limit.SIGN_IN_ACCOUNT, pair);
        if (!ofName.allowed()) {
            attempt.throttled(ofName.retryAfter());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Verdict fromSource = limits.take(Limit.SIGN_IN_SOURCE, source);
        if (!fromSource.allowed()) {
            limits.giveBack(Limit.SIGN_IN_ACCOUNT, pair);
            attempt.throttled(fromSource.retryAfter());
            return CredentialValidationResult.INVALID_RESULT;
        }
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(result);
        if (result.isOk() || result.needsSecondStep()) {
            limits.giveBack(Limit.SIGN_IN_SOURCE, source);
            limits.giveBack(Limit.SIGN_IN_ACCOUNT, pair);
        }
        return result.isOk() ? signedIn(result) : CredentialValidationResult.INVALID_RESULT;
    }

    /** The second step: the code of the account whose password this session gave (nothing without one). */
    public CredentialValidationResult validate(OneTimeCodeCredential credential) {
        PendingSignIn pending =
                PendingSignIn.of(request.getSession(false), clock.instant()).orElse(null);
        if (pending == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Verdict ofAccount = limits.take(Limit.SIGN_IN_CODE, pending.username());
        if (!ofAccount.allowed()) {
            attempt.throttled(ofAccount.retryAfter());
            return CredentialValidationResult.INVALID_RESULT;
        }
        SignInResult result = twoFactor.completeSignIn(pending.username(), credential.code(), pending.enrolSecret());
        attempt.record(result);
        if (!result.isOk()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        limits.giveBack(Limit.SIGN_IN_CODE, pending.username());
        return signedIn(result);
    }

    private static CredentialValidationResult signedIn(SignInResult result) {
        return new CredentialValidationResult(
                result.username(), result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
