package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An open report like the one being filed, offered to follow instead of filing another; its date is shown in timeZone, the municipality's. */
public record NearbyReport(
        String folio,
        String serviceName,
        String coloniaName,
        String street,
        ReportStatus status,
        OffsetDateTime receivedAt,
        ZoneId timeZone) {}
