package org.puente.abuse;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small proof of work that needs no outside service: the server hands out a challenge
 * {@code EXPIRY.RANDOM.BITS.MAC} (the expiry in epoch seconds, 16 random bytes, the difficulty, and an
 * HMAC-SHA256 of the three under a secret of the server's), and the browser looks for a nonce such that
 * SHA-256(challenge + nonce) begins with BITS zero bits (about 2^BITS tries, a second or less on a phone
 * for 16). The server checks the signature, the expiry and the work; single use is the caller's part
 * ({@link Challenges}).
 */
public final class ProofOfWork {

    static final int MAX_NONCE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final int bits;
    private final Duration life;

    public ProofOfWork(byte[] key, int bits, Duration life) {
        if (key == null || key.length < 16 || bits < 1 || bits > 32 || life.isNegative() || life.isZero()) {
            throw new IllegalArgumentException("A proof of work needs a 16-byte key, 1 to 32 bits and a life");
        }
        this.key = key.clone();
        this.bits = bits;
        this.life = life;
    }

    public String issue(Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String base = (now.getEpochSecond() + life.toSeconds()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "." + bits;
        return base + "." + mac(base);
    }

    /** True when the challenge is ours, unexpired, and the nonce does its work. */
    public boolean verify(String challenge, String nonce, Instant now) {
        if (challenge == null
                || nonce == null
                || nonce.isEmpty()
                || nonce.length() > MAX_NONCE_LENGTH
                || !nonce.chars().allMatch(Character::isLetterOrDigit)
                || challenge.length() > 200) {
            return false;
        }
        int lastDot = challenge.lastIndexOf('.');
        String[] parts = challenge.split("\\.");
        if (parts.length != 4 || lastDot < 0) {
            return false;
        }
        String base = challenge.substring(0, lastDot);
        if (!MessageDigest.isEqual(
                mac(base).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long expires;
        int required;
        try {
            expires = Long.parseLong(parts[0]);
            required = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (now.getEpochSecond() >= expires || required < bits) {
            return false;
        }
        return leadingZeroBits(sha256(challenge + nonce)) >= required;
    }

    public int bits() {
        return bits;
    }

    public Duration life() {
        return life;
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mac(String base) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(hmac.doFinal(base.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
