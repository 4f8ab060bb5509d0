package org.puente.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A report as staff see it on its detail page. */
public record ReportDetail(Long id, String folio, String serviceName, String departmentName, Long departmentId,
                           String coloniaName, String delegacionName, String street, String reference,
                           BigDecimal latitude, BigDecimal longitude, String description, Channel channel,
                           ReportStatus status, DeadlineState deadlineState, OffsetDateTime receivedAt,
                           OffsetDateTime dueAt, String assigneeName, String contactName, String contactEmail,
                           String contactPhone, String duplicateOf, List<Long> photoIds, List<Long> evidenceIds,
                           List<Step> history, Set<ReportStatus> next, List<AgentOption> agents) {

    /** A step of the history; kind says whether it is internal (a note, a hand-over) or by the citizen. */
    public record Step(ReportStatus from, ReportStatus to, OffsetDateTime at, String actorName, String unit,
                       String note, ReportTransition.Kind kind, String assigneeName) {

        public boolean internal() {
            return !kind.isPublic();
        }
    }
}
