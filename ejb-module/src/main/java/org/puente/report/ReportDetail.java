package org.puente.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A report as staff see it on its detail page, with the steps the caller may take and its municipality's time zone. */
public record ReportDetail(
        Long id,
        String folio,
        String serviceName,
        String departmentName,
        Long departmentId,
        String coloniaName,
        String delegacionName,
        String street,
        String reference,
        BigDecimal latitude,
        BigDecimal longitude,
        String description,
        Channel channel,
        ReportStatus status,
        DeadlineState deadlineState,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String assigneeName,
        String contactName,
        String contactEmail,
        String contactPhone,
        String duplicateOf,
        List<Long> photoIds,
        List<Long> evidenceIds,
        List<org.puente.casework.HistoryLine> history,
        Set<ReportStep> steps,
        List<AgentOption> agents,
        ZoneId timeZone,
        List<org.puente.casework.ClockStep> trace) {

    /** Whether the caller may take the step now (the report's own rule, {@link ServiceReport#stepsFor}). */
    public boolean can(ReportStep step) {
        return steps.contains(step);
    }
}
