package org.puente.report;

import java.time.OffsetDateTime;

/** One line of the staff's CSV export: a queue row with the street, the description and the body's time zone. */
public record ExportRow(
        String folio,
        String serviceName,
        String coloniaName,
        String departmentName,
        ReportStatus status,
        DeadlineState deadlineState,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String assigneeName,
        String street,
        String description,
        String timeZone) {}
