package org.puente.report;

import java.time.OffsetDateTime;

/** An open report like the one being filed, offered to follow instead of filing another. */
public record NearbyReport(String folio, String serviceName, String coloniaName, String street,
                           ReportStatus status, OffsetDateTime receivedAt) {
}
