package org.puente.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A report as anyone may see it (Open311 GET requests, open data): where, what service, which
 * status, when, which unit. Never the reporter, his contact or his words.
 */
public record PublicReport(String folio, ReportStatus status, String statusNote, String serviceCode, String serviceName,
                           String department, String address, String postalCode, BigDecimal latitude,
                           BigDecimal longitude, OffsetDateTime requested, OffsetDateTime updated,
                           OffsetDateTime expected) {

    static PublicReport of(ServiceReport r) {
        // The last status change by staff: an internal note or hand-over is not public, and a reporter's
        // reopening carries his own words.
        ReportTransition last = r.getHistory().stream().filter(t -> t.getKind().isPublic())
                .reduce((first, second) -> second).orElse(null);
        String note = last == null || last.getKind() != ReportTransition.Kind.STEP ? null : last.getNote();
        String address = (r.getStreet() == null ? "" : r.getStreet() + ", ") + r.getColonia().getName() + ", "
                + r.getBody().getName().replaceFirst("^H\\. Ayuntamiento de ", "");
        return new PublicReport(r.getFolio(), r.getStatus(), note,
                r.getService().getCode(), r.getService().getName(), r.getDepartment().getName(), address,
                r.getColonia().getPostalCode(),
                r.getPoint() == null ? null : r.getPoint().getLatitude(),
                r.getPoint() == null ? null : r.getPoint().getLongitude(),
                r.getReceivedAt(), last == null ? r.getReceivedAt() : last.getAt(), r.getDueAt());
    }
}
