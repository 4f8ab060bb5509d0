package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Open311's two statuses and how they map onto a report's seven. */
class PublicReportsTest {

    @Test
    void openIsReceivedAssignedOrInProgressAndClosedIsTheRest() {
        assertEquals(
                EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS),
                PublicReports.statuses("open"));
        assertEquals(
                EnumSet.of(ReportStatus.RESOLVED, ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.DUPLICATE),
                PublicReports.statuses(" closed "));
        assertEquals(EnumSet.allOf(ReportStatus.class), PublicReports.statuses("open,closed"));
        assertEquals(Set.of(), PublicReports.statuses(" "));
        assertEquals(Set.of(), PublicReports.statuses(null));
    }

    @Test
    void anotherStatusIsRefusedByName() {
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> PublicReports.statuses("open,pending"));
        assertEquals(ApiRefusal.Reason.INVALID, refusal.getReason());
        assertEquals("open311.status.unknown", refusal.getMessageKey());
        assertEquals("pending", refusal.getArguments()[0]);
    }

    @Test
    void streetsAreComparedWithoutAccentsCaseOrPunctuation() {
        assertEquals("av benito juarez 12", PublicReports.normalise("  Av. Benito Juárez #12 "));
        assertEquals("", PublicReports.normalise(null));
    }
}
