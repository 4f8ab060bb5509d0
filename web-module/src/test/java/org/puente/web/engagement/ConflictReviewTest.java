package org.puente.web.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.puente.engagement.Conflict;
import org.puente.engagement.ProposedSchedule;

class ConflictReviewTest {

    private static final ProposedSchedule MORNING =
            ProposedSchedule.chat(LocalDate.of(2027, 1, 15), LocalTime.of(11, 0), LocalTime.of(13, 0));
    private static final ProposedSchedule AFTERNOON =
            ProposedSchedule.chat(LocalDate.of(2027, 1, 15), LocalTime.of(16, 0), LocalTime.of(18, 0));
    private static final Conflict BUSY =
            new Conflict("engagement.conflict.expert", "Dr. Roberto Sánchez Islas", "Otro chat", "ADEM-2026-0001");

    @Test
    void aProposalWithConflictsGoesOnOnlyOnceTheyWereShownAndTicked() {
        ConflictReview review = new ConflictReview();
        AtomicInteger checks = new AtomicInteger();
        assertFalse(
                review.clears(MORNING, () -> {
                    checks.incrementAndGet();
                    return List.of(BUSY);
                }),
                "first shown");
        assertTrue(review.isShown());
        assertEquals(List.of(BUSY), review.getConflicts());
        assertFalse(review.clears(MORNING, () -> List.of(BUSY)), "shown but not ticked");
        review.setSeen(true);
        assertTrue(
                review.clears(MORNING, () -> {
                    checks.incrementAndGet();
                    return List.of(BUSY);
                }),
                "ticked");
        assertEquals(1, checks.get(), "the same proposal is checked once");
    }

    @Test
    void anotherProposalIsCheckedAgainAndATickDoesNotCarryOver() {
        ConflictReview review = new ConflictReview();
        review.clears(MORNING, () -> List.of(BUSY));
        review.setSeen(true);
        assertTrue(review.clears(AFTERNOON, List::of), "no conflicts: straight on");
        assertFalse(review.isShown());
        assertFalse(review.clears(MORNING, () -> List.of(BUSY)), "back to the morning: shown again");
        assertFalse(review.isSeen());
    }
}
