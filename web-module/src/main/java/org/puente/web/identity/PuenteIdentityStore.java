package org.puente.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.puente.identity.AccountService;
import org.puente.identity.SignInResult;

/**
 * The database identity store: accounts and roles live in the user_account and user_role tables,
 * passwords as PBKDF2 hashes; {@link AccountService#signIn} also counts failures and locks.
 */
@ApplicationScoped
public class PuenteIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(result);
        if (!result.isOk()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
