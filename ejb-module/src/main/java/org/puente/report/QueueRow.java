package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One line of the staff queue. */
public record QueueRow(
        Long id,
        String folio,
        String serviceName,
        String coloniaName,
        String departmentName,
        ReportStatus status,
        DeadlineState deadlineState,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String assigneeName,
        String timeZone) {

    /** The municipality's time zone, in which the page shows the row's dates. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
