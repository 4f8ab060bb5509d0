package org.puente.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a TOTP secret rests in the database. With {@code puente.totp.key} (16 or 32 random bytes in
 * Base64, e.g. {@code openssl rand -base64 32}) it is sealed with AES-GCM, so a copy of the database alone
 * gives no code away; without it, it is kept in Base32 and a warning says so at start-up. Each stored value
 * says how it was stored ({@code gcm:} or {@code b32:}), so setting the key later leaves the secrets already
 * kept usable (they are sealed when their owner enrols again).
 */
@ApplicationScoped
public class TotpSecrets {

    private static final Logger LOG = Logger.getLogger(TotpSecrets.class.getName());
    private static final String SEALED = "gcm:";
    private static final String PLAIN = "b32:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeySpec key;

    public TotpSecrets() {}

    /** Outside a server (the unit tests): this key, or none. */
    TotpSecrets(byte[] keyBytes) {
        this.key = keyBytes == null ? null : new SecretKeySpec(keyBytes, "AES");
    }

    @PostConstruct
    void start() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("puente.totp.key", String.class);
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.get().strip());
            if (bytes.length != 16 && bytes.length != 32) {
                throw new IllegalStateException("puente.totp.key must be 16 or 32 bytes in Base64");
            }
            key = new SecretKeySpec(bytes, "AES");
        } else {
            LOG.warning("puente.totp.key is not set: second-factor secrets are stored unencrypted");
        }
    }

    /** The Base32 secret as the database keeps it. */
    public String seal(String base32Secret) {
        Totp.fromBase32(base32Secret);
        if (key == null) {
            return PLAIN + base32Secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(base32Secret.getBytes(StandardCharsets.US_ASCII));
            return SEALED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret's bytes, for checking a code. */
    public byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return Totp.fromBase32(stored.substring(PLAIN.length()));
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("Unknown form of a stored TOTP secret");
        }
        if (key == null) {
            throw new IllegalStateException("A sealed TOTP secret needs puente.totp.key");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return Totp.fromBase32(
                    new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A TOTP secret could not be opened (another puente.totp.key?)", e);
        }
    }
}
