package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A report filed earlier from the same phone number, for the operator who takes a call. Staff only. */
public record EarlierReport(
        Long id,
        String folio,
        String serviceName,
        String coloniaName,
        ReportStatus status,
        OffsetDateTime receivedAt,
        ZoneId timeZone) {}
