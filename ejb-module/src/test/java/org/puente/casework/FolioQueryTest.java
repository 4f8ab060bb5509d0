package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How the queue reads a partial folio. */
class FolioQueryTest {

    @Test
    void theNumberAloneMatchesThatNumberOfAnyYear() {
        assertEquals(new FolioQuery(null, null, 1L, null), FolioQuery.of("000001"));
        assertEquals(new FolioQuery(null, null, 17L, null), FolioQuery.of(" 17 "));
    }

    @Test
    void yearAndNumberMatchThatYearsNumber() {
        assertEquals(new FolioQuery(null, 2026, 1L, null), FolioQuery.of("2026-000001"));
    }

    @Test
    void aFolioWithoutItsZerosOrInLowerCaseIsTheWholeFolio() {
        assertEquals(new FolioQuery("MET", 2026, 1L, null), FolioQuery.of("met-2026-1"));
        assertEquals(new FolioQuery("MET", 2026, 1L, null), FolioQuery.of("MET-2026-000001"));
    }

    @Test
    void codeAndYearMatchThatMunicipalitysYear() {
        assertEquals(new FolioQuery("MET", 2026, null, null), FolioQuery.of("Met-2026"));
        assertEquals(new FolioQuery("MET", 2026, null, null), FolioQuery.of("MET-2026-"));
    }

    @Test
    void anythingElseIsLookedForInsideTheFolioWithItsWildcardsEscaped() {
        FolioQuery q = FolioQuery.of("met_%");
        assertEquals("MET_%", q.contains());
        assertEquals("%MET\\_\\%%", q.likePattern());
        assertNull(FolioQuery.of("  "));
        assertNull(FolioQuery.of(null));
    }

    @Test
    void aPetitionsFolioKeepsItsSeriesInThePrefix() {
        assertEquals(new FolioQuery("MET-PQR", 2026, 12L, null), FolioQuery.of("met-pqr-2026-12"));
        assertEquals(new FolioQuery("MET-PQR", 2026, null, null), FolioQuery.of("MET-PQR-2026"));
        assertEquals(new FolioQuery("MET-ARCO", 2026, 3L, null), FolioQuery.of("MET-ARCO-2026-000003"));
    }
}
