package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void theFullPathOfTheIssueIsAllowedStepByStep() {
        List<RequestStatus> path = List.of(
                RequestStatus.SUBMITTED,
                RequestStatus.ADJUSTMENT_PROPOSED,
                RequestStatus.COUNTER_PROPOSED,
                RequestStatus.APPROVED,
                RequestStatus.EXPERT_CONFIRMED,
                RequestStatus.SCHEDULED);
        for (int i = 1; i < path.size(); i++) {
            assertTrue(path.get(i - 1).canMoveTo(path.get(i)), path.get(i - 1) + " -> " + path.get(i));
        }
        assertTrue(RequestStatus.SCHEDULED.isFinal());
    }

    @Test
    void nothingSkipsTheEvaluationOrTheExpert() {
        assertFalse(RequestStatus.SUBMITTED.canMoveTo(RequestStatus.SCHEDULED));
        assertFalse(RequestStatus.SUBMITTED.canMoveTo(RequestStatus.EXPERT_CONFIRMED));
        assertFalse(RequestStatus.APPROVED.canMoveTo(RequestStatus.SCHEDULED), "the expert is confirmed first");
        assertFalse(
                RequestStatus.ADJUSTMENT_PROPOSED.canMoveTo(RequestStatus.APPROVED),
                "the Enlace answers an adjustment before approval");
        for (RequestStatus end : EnumSet.of(RequestStatus.SCHEDULED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN)) {
            for (RequestStatus any : RequestStatus.values()) {
                assertFalse(end.canMoveTo(any), end + " is final");
            }
        }
        for (RequestStatus any : RequestStatus.values()) {
            assertFalse(any.canMoveTo(RequestStatus.SUBMITTED), "nothing goes back to SUBMITTED");
        }
    }

    @Test
    void theEvaluatorsQueueHoldsWhatWaitsForHim() {
        // Written out by hand: to decide (filed, adjustment accepted, counter-proposed), then the expert
        // to confirm and the event to schedule. The queue query and this test use the same list.
        EnumSet<RequestStatus> expected = EnumSet.of(
                RequestStatus.SUBMITTED,
                RequestStatus.ADJUSTMENT_ACCEPTED,
                RequestStatus.COUNTER_PROPOSED,
                RequestStatus.APPROVED,
                RequestStatus.EXPERT_CONFIRMED);
        assertEquals(
                expected,
                EnumSet.copyOf(java.util.Arrays.stream(RequestStatus.values())
                        .filter(RequestStatus::isWithEvaluator)
                        .toList()));
        assertEquals(expected, RequestStatus.withEvaluator());
    }
}
