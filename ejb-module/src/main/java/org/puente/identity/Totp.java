package org.puente.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238): HMAC-SHA-1 over the number of 30-second steps since the epoch,
 * 6 digits, as every authenticator app makes them. The HMAC and truncation are java-otp's (a small,
 * dependency-free library over the JDK's {@code Mac}); this class adds what a sign-in needs: the window of
 * one step either side (a phone's clock a little off, a code typed as it changes), the step a code
 * belongs to (so that it is accepted once), secrets in Base32 and the {@code otpauth://} address apps read.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of now. */
    public static final int WINDOW = 1;
    /** 160 bits, the size of SHA-1's output, as RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Totp STANDARD = new Totp(DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private final TimeBasedOneTimePasswordGenerator generator;

    /** Other lengths and algorithms are for the RFC's test vectors (8 digits, SHA-256, SHA-512). */
    Totp(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    public static Totp standard() {
        return STANDARD;
    }

    /** The number of the 30-second step an instant falls in (RFC 6238's T). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of the step this instant falls in, with its leading zeros. */
    public String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /**
     * The step, within {@link #WINDOW} of now and after {@code lastUsed} (null: none yet), whose code this
     * is; empty when none matches (a wrong code, an old one, or one already used). Spaces typed inside the
     * code are ignored; anything else but its digits is not a code.
     */
    public OptionalLong matchingStep(byte[] secret, String typed, Instant now, Long lastUsed) {
        String code = typed == null ? "" : typed.replace(" ", "");
        if (!code.matches("\\d{" + generator.getPasswordLength() + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if ((lastUsed == null || step > lastUsed)
                    && constantTimeEquals(code, code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A new random secret, in Base32 (what the person types into his app, and what the QR code carries). */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** A Base32 secret as bytes; refuses anything that is not one of ours. */
    public static byte[] fromBase32(String secret) {
        String clean = secret == null ? "" : secret.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!clean.matches("[A-Z2-7]{16,64}")) {
            throw new IllegalArgumentException("Not a Base32 secret");
        }
        return new Base32().decode(clean);
    }

    /**
     * The address authenticator apps read from the QR code (Google Authenticator's key URI format):
     * issuer and account name as the label, and the parameters this class uses.
     */
    public static String otpauthUri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, "RAW");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
