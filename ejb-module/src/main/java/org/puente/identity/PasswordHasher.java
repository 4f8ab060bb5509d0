package org.puente.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations,
 * 32-byte salt, as OWASP recommends). The hash string carries its own parameters, so they can be
 * raised later without invalidating stored passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, checked when the account does not exist (same work either way). */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("no-account-has-this-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one check, so that an unknown user name answers as slowly as a wrong password. */
    public void spendCheckTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
