package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A report as its reporter sees it on the public tracking page: no staff names, no personal data,
 * no internal notes; the description and the evidence of the resolution only to the reporter himself
 * (tracking code or his account), and so is "¿Cómo se calculó?" ({@code trace}, the legal clock's steps, as
 * for a petition); dates are shown in the municipality's time zone. codeMismatch: a tracking code was given and it is not this report's.
 */
public record TrackingView(
        String folio,
        String serviceName,
        String coloniaName,
        ReportStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String description,
        boolean reporter,
        boolean surveyOpen,
        boolean surveyAnswered,
        String duplicateOf,
        List<org.puente.casework.HistoryLine> history,
        boolean codeMismatch,
        boolean reopenable,
        List<Long> evidenceIds,
        ZoneId timeZone,
        List<org.puente.casework.ClockStep> trace) {}
