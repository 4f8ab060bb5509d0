package org.puente.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report as its reporter sees it on the public tracking page: no staff names, no personal data;
 * the description only to the reporter himself (tracking code or his account).
 */
public record TrackingView(String folio, String serviceName, String coloniaName, ReportStatus status,
                           OffsetDateTime receivedAt, OffsetDateTime dueAt, String description, boolean reporter,
                           boolean surveyOpen, boolean surveyAnswered, String duplicateOf, List<Step> history) {

    public record Step(ReportStatus status, OffsetDateTime at, String unit, String note) {
    }
}
