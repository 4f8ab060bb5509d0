package org.puente.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.puente.report.QueueFilter;
import org.puente.report.ReportStatus;

/** The queue's filters read from the address and written back into the CSV export's. */
class QueueAddressTest {

    @Test
    void theAddressesParametersBecomeTheFilter() {
        QueueAddress address = new QueueAddress();
        address.setEstado(" IN_PROGRESS ");
        address.setServicio("12");
        address.setColonia(" 7");
        address.setArea("3");
        address.setVencidos("1");
        address.setFolio("MET-2026");
        assertEquals(new QueueFilter(ReportStatus.IN_PROGRESS, 12L, 7L, 3L, true, "MET-2026"), address.filter());
        assertFalse(address.isInvalid());
        assertEquals("IN_PROGRESS", address.getEstado());
        assertEquals("7", address.getColonia());
        assertEquals("true", address.getVencidos());
    }

    @Test
    void aValueThatIsNotOneIsIgnoredAndRemembered() {
        QueueAddress address = new QueueAddress();
        address.setEstado("NADA");
        assertTrue(address.isInvalid());
        assertNull(address.getStatus());
        QueueAddress letters = new QueueAddress();
        letters.setServicio("abc");
        letters.setArea("");
        assertTrue(letters.isInvalid());
        assertEquals(new QueueFilter(null, null, null, null, false, null), letters.filter());
        QueueAddress blank = new QueueAddress();
        blank.setEstado(" ");
        blank.setVencidos("si");
        assertFalse(blank.isInvalid(), "blank is no filter, not a wrong one");
        assertNull(blank.getVencidos());
    }

    @Test
    void theCsvAddressCarriesTheSameFiltersEncoded() {
        QueueAddress address = new QueueAddress();
        assertEquals("/staff/reportes.csv?", address.csvUrl());
        address.setStatus(ReportStatus.RESOLVED);
        address.setColoniaId(4L);
        address.setOverdueOnly(true);
        address.setFolio("met 2026&x");
        assertEquals(
                "/staff/reportes.csv?estado=RESOLVED&colonia=4&vencidos=true&folio=met+2026%26x&", address.csvUrl());
    }
}
