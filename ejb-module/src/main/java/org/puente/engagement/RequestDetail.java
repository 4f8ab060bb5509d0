package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything a request's page shows: the proposal, a pending adjustment, the expert, the timeline,
 * the event once scheduled (or cancelled, with the staff's reason), the expert's trainings, and the
 * steps the caller may take next (the request's and its event's own answer).
 */
public record RequestDetail(
        Long id,
        String folio,
        EngagementKind kind,
        RequestStatus status,
        String bodyName,
        String unitName,
        String requesterName,
        List<String> topics,
        ProposedSchedule schedule,
        String when,
        List<String> adjustedTopics,
        ProposedSchedule adjustedSchedule,
        String adjustedWhen,
        String expertName,
        String expertPosition,
        String expertEmail,
        String expertPhone,
        Long expertAccountId,
        String expertAccountName,
        boolean expertConfirmed,
        String notes,
        String letterName,
        Integer letterSize,
        OffsetDateTime submittedAt,
        List<Step> steps,
        Long eventId,
        String moderatorName,
        EventStatus eventStatus,
        String cancelReason,
        List<Training> trainings,
        boolean expertTrained,
        boolean canEvaluate,
        boolean canAnswer,
        Set<RequestStep> allowedSteps) {

    /** One step of the timeline. */
    public record Step(RequestStatus from, RequestStatus to, OffsetDateTime at, String actorName, String note) {}

    /** A training scheduled for the expert. */
    public record Training(Long id, OffsetDateTime scheduledAt, boolean done) {}

    public boolean can(RequestStep step) {
        return allowedSteps.contains(step);
    }

    public boolean isEventCancelled() {
        return eventStatus == EventStatus.CANCELLED;
    }

    public boolean hasAdjustment() {
        return adjustedSchedule != null;
    }
}
