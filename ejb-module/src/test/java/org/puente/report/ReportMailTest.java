package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The words of report e-mails come from the mail bundle, in Spanish, dates in the municipality's zone. */
class ReportMailTest {

    @Test
    void everyStatusHasItsNameInTheMailBundle() {
        assertEquals("Recibido", ReportMail.label(ReportStatus.RECEIVED));
        assertEquals("Asignado", ReportMail.label(ReportStatus.ASSIGNED));
        assertEquals("En proceso", ReportMail.label(ReportStatus.IN_PROGRESS));
        assertEquals("Resuelto", ReportMail.label(ReportStatus.RESOLVED));
        assertEquals("Cerrado", ReportMail.label(ReportStatus.CLOSED));
        assertEquals("Rechazado", ReportMail.label(ReportStatus.REJECTED));
        assertEquals("Duplicado", ReportMail.label(ReportStatus.DUPLICATE));
    }

    @Test
    void aDateIsWrittenOutInTheGivenZone() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T17:30:00Z");
        assertEquals("1 de diciembre de 2026, 11:30", ReportMail.when(at, ZoneId.of("America/Mexico_City")));
        assertEquals("1 de diciembre de 2026, 10:30", ReportMail.when(at, ZoneId.of("America/Hermosillo")));
    }
}
