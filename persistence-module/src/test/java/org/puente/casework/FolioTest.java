package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FolioTest {

    @Test
    void aReportFolioHasNoSeries() {
        Folio folio = Folio.parse(" met-2026-000123 ");
        assertEquals("MET", folio.bodyCode());
        assertNull(folio.series());
        assertEquals(2026, folio.year());
        assertEquals(123, folio.number());
        assertEquals("MET-2026-000123", folio.toString());
    }

    @Test
    void aPetitionFolioCarriesItsSeries() {
        Folio folio = Folio.parse("MET-PQR-2026-000001");
        assertEquals("MET", folio.bodyCode());
        assertEquals("PQR", folio.series());
        assertEquals(1, folio.number());
        assertEquals("MET-PQR-2026-000001", folio.toString());
        assertEquals("MET-ARCO-2027-000042", new Folio("MET", "ARCO", 2027, 42).toString());
    }

    @Test
    void anEngagementFolioHasFourDigits() {
        assertEquals("ADEM-2026-0007", new Folio("ADEM", 2026, 7).withDigits(4));
        assertEquals(7, Folio.parse("ADEM-2026-0007").number());
    }

    @Test
    void textsThatAreNotFolios() {
        assertFalse(Folio.looksLikeOne("MET-2026"));
        assertFalse(Folio.looksLikeOne("MET-P-2026-000001"));
        assertFalse(Folio.looksLikeOne("MET-PQR-26-000001"));
        assertFalse(Folio.looksLikeOne(null));
        assertTrue(Folio.looksLikeOne("met-pqr-2026-000001"));
        assertThrows(IllegalArgumentException.class, () -> Folio.parse("MET-PQR-2026-12"));
        assertThrows(IllegalArgumentException.class, () -> new Folio("MET", "pqr", 2026, 1));
    }
}
