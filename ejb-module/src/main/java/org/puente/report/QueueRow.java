package org.puente.report;

import java.time.OffsetDateTime;

/** One line of the staff queue. */
public record QueueRow(Long id, String folio, String serviceName, String coloniaName, String departmentName,
                       ReportStatus status, DeadlineState deadlineState, OffsetDateTime receivedAt,
                       OffsetDateTime dueAt, String assigneeName) {
}
