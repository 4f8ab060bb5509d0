package org.puente.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final byte[] KEY = "a secret of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");

    private final ProofOfWork work = new ProofOfWork(KEY, 8, Duration.ofMinutes(20));

    /** What the browser does: counts up until the hash starts with enough zero bits. */
    private static String solve(String challenge, int bits) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + n)) >= bits) {
                return Long.toString(n);
            }
        }
    }

    /** A nonce that does NOT do the work. */
    private static String failing(String challenge, int bits) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + n)) < bits) {
                return Long.toString(n);
            }
        }
    }

    @Test
    void leadingZeroBitsAreCounted() {
        assertEquals(0, ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80, 0}));
        assertEquals(7, ProofOfWork.leadingZeroBits(new byte[] {1, 0}));
        assertEquals(8, ProofOfWork.leadingZeroBits(new byte[] {0, (byte) 0xff}));
        assertEquals(12, ProofOfWork.leadingZeroBits(new byte[] {0, 0x0f}));
        assertEquals(16, ProofOfWork.leadingZeroBits(new byte[] {0, 0}));
        // SHA-256("abc") = ba7816bf...: no zero bit in front
        assertEquals(0, ProofOfWork.leadingZeroBits(ProofOfWork.sha256("abc")));
    }

    @Test
    void aSolvedChallengeIsAccepted() {
        String challenge = work.issue(NOW);
        assertTrue(challenge.matches("\\d+\\.[A-Za-z0-9_-]{22}\\.8\\.[A-Za-z0-9_-]{43}"), challenge);
        assertTrue(challenge.startsWith(NOW.plus(Duration.ofMinutes(20)).getEpochSecond() + "."), challenge);
        String nonce = solve(challenge, 8);
        assertTrue(work.verify(challenge, nonce, NOW));
        assertTrue(work.verify(challenge, nonce, NOW.plus(Duration.ofMinutes(19))));
    }

    @Test
    void tooLittleWorkIsRefused() {
        String challenge = work.issue(NOW);
        assertFalse(work.verify(challenge, failing(challenge, 8), NOW));
        assertFalse(work.verify(challenge, "", NOW));
        assertFalse(work.verify(challenge, null, NOW));
        assertFalse(work.verify(challenge, "1; drop", NOW), "a nonce is letters and digits");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String challenge = work.issue(NOW);
        String nonce = solve(challenge, 8);
        assertFalse(work.verify(challenge, nonce, NOW.plus(Duration.ofMinutes(20))));
    }

    @Test
    void aChallengeNotSignedByUsIsRefused() {
        String challenge = work.issue(NOW);
        String[] parts = challenge.split("\\.");
        // a later expiry, or an easier difficulty, breaks the signature
        String later = (Long.parseLong(parts[0]) + 3600) + "." + parts[1] + "." + parts[2] + "." + parts[3];
        assertFalse(work.verify(later, solve(later, 8), NOW));
        String easier = parts[0] + "." + parts[1] + ".1." + parts[3];
        assertFalse(work.verify(easier, solve(easier, 1), NOW));
        ProofOfWork otherServer = new ProofOfWork(
                "another secret of sixteen bytes".getBytes(StandardCharsets.UTF_8), 8, Duration.ofMinutes(20));
        String foreign = otherServer.issue(NOW);
        assertFalse(work.verify(foreign, solve(foreign, 8), NOW));
        assertFalse(work.verify("garbage", "1", NOW));
        assertFalse(work.verify(null, "1", NOW));
    }

    @Test
    void aChallengeOfAnEasierDayIsRefusedOnceTheDifficultyRises() {
        ProofOfWork easy = new ProofOfWork(KEY, 2, Duration.ofMinutes(20));
        String challenge = easy.issue(NOW);
        String nonce = solve(challenge, 2);
        assertNotNull(nonce);
        assertTrue(easy.verify(challenge, nonce, NOW));
        assertFalse(work.verify(challenge, nonce, NOW), "8 bits are required now, the challenge asks 2");
    }
}
