package org.puente.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.puente.catalog.GeoPoint;

/**
 * A report as anyone may see it (Open311 GET requests, open data): where, what service, which
 * status, when, which unit. Never the reporter, his contact or his words: the address is the colonia and
 * the municipality (the street and number the citizen typed stay inside), the point is rounded to about
 * 100 m ({@link org.puente.catalog.GeoPoint#publicArea()}), and no staff note is published (a note is
 * written for the reporter and may well name him).
 */
public record PublicReport(
        String folio,
        ReportStatus status,
        String serviceCode,
        String serviceName,
        String department,
        String address,
        String postalCode,
        BigDecimal latitude,
        BigDecimal longitude,
        OffsetDateTime requested,
        OffsetDateTime updated,
        OffsetDateTime expected) {

    static PublicReport of(ServiceReport r) {
        // Updated by the last public step: an internal note or a hand-over is not a public change.
        ReportTransition last = r.getHistory().stream()
                .filter(t -> t.getKind().isPublic())
                .reduce((first, second) -> second)
                .orElse(null);
        String address =
                r.getColonia().getName() + ", " + r.getBody().getName().replaceFirst("^H\\. Ayuntamiento de ", "");
        GeoPoint area = r.getPoint() == null ? null : r.getPoint().publicArea();
        return new PublicReport(
                r.getFolio(),
                r.getStatus(),
                r.getService().getCode(),
                r.getService().getName(),
                r.getDepartment().getName(),
                address,
                r.getColonia().getPostalCode(),
                area == null ? null : area.getLatitude().stripTrailingZeros(),
                area == null ? null : area.getLongitude().stripTrailingZeros(),
                r.getReceivedAt(),
                last == null ? r.getReceivedAt() : last.getAt(),
                r.getDueAt());
    }
}
