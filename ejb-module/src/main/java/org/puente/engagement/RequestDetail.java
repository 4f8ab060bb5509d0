package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything a request's page shows: the proposal, a pending adjustment, the expert, the timeline,
 * the event once scheduled, the expert's trainings, and what the caller may do next.
 */
public record RequestDetail(Long id, String folio, EngagementKind kind, RequestStatus status, String bodyName,
                            String unitName, String requesterName, List<String> topics, ProposedSchedule schedule,
                            String when, List<String> adjustedTopics, ProposedSchedule adjustedSchedule,
                            String adjustedWhen, String expertName, String expertPosition, String expertEmail,
                            String expertPhone, Long expertAccountId, String expertAccountName, boolean expertConfirmed,
                            String notes, String letterName, Integer letterSize, OffsetDateTime submittedAt,
                            List<Step> steps, Long eventId, String moderatorName, List<Training> trainings,
                            boolean expertTrained, boolean canEvaluate, boolean canAnswer) {

    /** One step of the timeline. */
    public record Step(RequestStatus from, RequestStatus to, OffsetDateTime at, String actorName, String note) {
    }

    /** A training scheduled for the expert. */
    public record Training(Long id, OffsetDateTime scheduledAt, boolean done) {
    }

    public boolean hasAdjustment() {
        return adjustedSchedule != null;
    }
}
