package org.puente.web.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TrackingKeysTest {

    @Test
    void aCodeIsKeptByFolioWhateverTheCaseAndSpacesTheFolioIsTypedIn() {
        TrackingKeys keys = new TrackingKeys();
        keys.remember(" met-2026-000123 ", " K7P2QX9MRT ");
        assertEquals("K7P2QX9MRT", keys.codeFor("MET-2026-000123"));
        assertEquals("K7P2QX9MRT", keys.codeFor("met-2026-000123"));
        assertNull(keys.codeFor("MET-2026-000124"), "another folio");
        assertNull(keys.codeFor(null));
        assertNull(keys.codeFor(" "));
    }

    @Test
    void aBlankCodeForgetsTheFolioAndABlankFolioKeepsNothing() {
        TrackingKeys keys = new TrackingKeys();
        keys.remember("MET-PQR-2026-000001", "ABCDEFGHJK");
        keys.remember("MET-PQR-2026-000001", "");
        assertNull(keys.codeFor("MET-PQR-2026-000001"));
        keys.remember("", "ABCDEFGHJK");
        keys.remember(null, "ABCDEFGHJK");
        assertNull(keys.codeFor(""));
    }

    @Test
    void theTwentyFirstFolioPushesOutTheOneLeastRecentlyUsed() {
        TrackingKeys keys = new TrackingKeys();
        for (int i = 1; i <= 20; i++) {
            keys.remember(String.format("MET-2026-%06d", i), "CODE" + i);
        }
        assertEquals("CODE1", keys.codeFor("MET-2026-000001"), "read: now the most recently used");
        keys.remember("MET-2026-000021", "CODE21");
        assertEquals("CODE1", keys.codeFor("MET-2026-000001"));
        assertNull(keys.codeFor("MET-2026-000002"), "the least recently used went");
        assertEquals("CODE21", keys.codeFor("MET-2026-000021"));
    }
}
