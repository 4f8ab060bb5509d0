package org.puente.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238, appendix B: the seeds of its test vectors (ASCII "1234567890" repeated to the hash's size). */
    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            ("1234567890123456789012345678901234567890123456789012345678901234").getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B, the table as published: time (s), T (hex), then the 8-digit TOTP per algorithm. */
    @ParameterizedTest
    @CsvSource({
        "59,          0000000000000001, 94287082, 46119246, 90693936",
        "1111111109,  00000000023523EC, 07081804, 68084774, 25091201",
        "1111111111,  00000000023523ED, 14050471, 67062674, 99943326",
        "1234567890,  000000000273EF07, 89005924, 91819424, 93441116",
        "2000000000,  0000000003F940AA, 69279037, 90698825, 38618901",
        "20000000000, 0000000027BC86AA, 65353130, 77737706, 47863826"
    })
    void theRfcsTestVectors(long seconds, String stepHex, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertEquals(Long.parseLong(stepHex, 16), Totp.step(at));
        assertEquals(sha1, new Totp(8, "HmacSHA1").code(SEED_SHA1, at));
        assertEquals(sha256, new Totp(8, "HmacSHA256").code(SEED_SHA256, at));
        assertEquals(sha512, new Totp(8, "HmacSHA512").code(SEED_SHA512, at));
    }

    @Test
    void theStandardCodeHasSixDigitsWithItsLeadingZeros() {
        // the last six digits of the RFC's eight (the same truncation, modulo 10^6)
        assertEquals("287082", Totp.standard().code(SEED_SHA1, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.standard().code(SEED_SHA1, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", Totp.standard().code(SEED_SHA1, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1234567890); // step 41152263, 0 s into it
        long step = Totp.step(now);
        Totp totp = Totp.standard();
        assertEquals(OptionalLong.of(step), totp.matchingStep(SEED_SHA1, "005924", now, null));
        for (int offset = -1; offset <= 1; offset++) {
            String code = totp.code(SEED_SHA1, now.plusSeconds(30L * offset));
            assertEquals(
                    OptionalLong.of(step + offset), totp.matchingStep(SEED_SHA1, code, now, null), "offset " + offset);
        }
        for (int offset : new int[] {-3, -2, 2, 3}) {
            String code = totp.code(SEED_SHA1, now.plusSeconds(30L * offset));
            assertEquals(OptionalLong.empty(), totp.matchingStep(SEED_SHA1, code, now, null), "offset " + offset);
        }
        assertEquals(OptionalLong.of(step), totp.matchingStep(SEED_SHA1, "005 924", now, null), "spaces typed inside");
        assertTrue(totp.matchingStep(SEED_SHA1, "5924", now, null).isEmpty(), "without its leading zeros");
        assertTrue(totp.matchingStep(SEED_SHA1, "00592a", now, null).isEmpty());
        assertTrue(totp.matchingStep(SEED_SHA1, null, now, null).isEmpty());
        assertTrue(totp.matchingStep(SEED_SHA1, "123456", now, null).isEmpty(), "a wrong code");
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        Totp totp = Totp.standard();
        assertTrue(totp.matchingStep(SEED_SHA1, "005924", now, step).isEmpty(), "the same code again");
        String previous = totp.code(SEED_SHA1, now.minusSeconds(30));
        assertTrue(totp.matchingStep(SEED_SHA1, previous, now, step).isEmpty(), "an older code after a newer one");
        String next = totp.code(SEED_SHA1, now.plusSeconds(30));
        assertEquals(
                OptionalLong.of(step + 1), totp.matchingStep(SEED_SHA1, next, now, step), "a later code still works");
    }

    @Test
    void secretsAreBase32AsAppsReadThem() {
        // RFC 4648, section 10, without the padding apps do not want
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(SEED_SHA1));
        assertArrayEquals(SEED_SHA1, Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(20, Totp.fromBase32(secret).length);
        assertNotEquals(secret, Totp.newSecret());
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("GEZDGNBVGY3TQOJ1"), "1 is not Base32");
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("GEZD"), "too short");
    }

    @Test
    void theOtpauthAddressNamesIssuerAccountAndParameters() {
        assertEquals(
                "otpauth://totp/Puente:ana.lopez%40metepec.gob.mx?secret=GEZDGNBVGY3TQOJQ&issuer=Puente"
                        + "&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri("Puente", "ana.lopez@metepec.gob.mx", "GEZDGNBVGY3TQOJQ"));
        assertEquals(
                "otpauth://totp/Puente%20Metepec:admin?secret=GEZDGNBVGY3TQOJQ&issuer=Puente%20Metepec"
                        + "&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri("Puente Metepec", "admin", "GEZDGNBVGY3TQOJQ"));
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKey() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7);
        }
        TotpSecrets sealing = new TotpSecrets(key);
        String stored = sealing.seal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertTrue(stored.startsWith("gcm:"), stored);
        assertFalse(stored.contains("GEZDGNBVGY3TQOJQ"), "not in clear");
        assertNotEquals(stored, sealing.seal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "a new nonce each time");
        assertArrayEquals(SEED_SHA1, sealing.open(stored));
        byte[] other = key.clone();
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> new TotpSecrets(other).open(stored));
        assertThrows(IllegalStateException.class, () -> new TotpSecrets(null).open(stored));

        TotpSecrets unsealed = new TotpSecrets(null);
        assertEquals("b32:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", unsealed.seal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        assertArrayEquals(
                SEED_SHA1, sealing.open("b32:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "kept before the key was set");
    }
}
