package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the reporter gets back: the folio, and for a report without an account its tracking code;
 * the department that will attend it and its deadline, shown in the municipality's time zone.
 */
public record ReportReceipt(
        Long id,
        String folio,
        String trackingCode,
        boolean alreadyFiled,
        String department,
        OffsetDateTime dueAt,
        ZoneId timeZone) {

    static ReportReceipt of(ServiceReport report, boolean alreadyFiled) {
        return new ReportReceipt(
                report.getId(),
                report.getFolio(),
                report.getTrackingCode(),
                alreadyFiled,
                report.getDepartment().getName(),
                report.getDueAt(),
                report.getBody().getTimeZone());
    }
}
