package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.platform.RuleViolation;

/** Every verb of an event: its creation, the clock, the forum's moderation mode, the cancellation. */
class EngagementEventTest {

    private final People p = new People();
    /** 8 December 2026 at 11:00 and 13:00 in Mexico City (UTC-6). */
    private static final OffsetDateTime START =
            LocalDateTime.of(2026, 12, 8, 11, 0).atZone(People.MEXICO).toOffsetDateTime();

    private static final OffsetDateTime END = START.plusHours(2);

    private EngagementEvent chat() {
        return new EngagementEvent(p.scheduled("F-1", p.experto, People.chatDay()), p.moderador, People.MEXICO);
    }

    @Test
    void anEventTakesTheRequestsTopicExpertAndTimeInTheAgencysZone() {
        EngagementEvent e = chat();
        assertEquals(EventStatus.SCHEDULED, e.getStatus());
        assertEquals(EngagementKind.CHAT, e.getKind());
        assertEquals("Tema F-1", e.getTitle());
        assertEquals(List.of("Tema F-1"), e.getTopics());
        assertEquals(START.toInstant(), e.getStartsAt().toInstant());
        assertEquals("2026-12-08T17:00:00Z", e.getStartsAt().toInstant().toString());
        assertEquals(END.toInstant(), e.getEndsAt().toInstant());
        assertEquals(p.experto, e.getExpert());
        assertEquals(p.moderador, e.getModerator());
        assertEquals(p.salud, e.getBody());
    }

    @Test
    void noEventWithoutAConfirmedExpertNorWithoutAModerator() {
        EngagementRequest approved = p.chatRequest("F-2");
        approved.approve(p.evaluador, People.NOW, null);
        assertThrows(IllegalStateException.class, () -> new EngagementEvent(approved, p.moderador, People.MEXICO));
        EngagementRequest scheduled = p.scheduled("F-3", p.experto, People.chatDay());
        RuleViolation notModerator =
                assertThrows(RuleViolation.class, () -> new EngagementEvent(scheduled, p.experto, People.MEXICO));
        assertEquals("engagement.moderator.required", notModerator.getMessageKey());
    }

    @Test
    void theClockOpensAtTheStartAndClosesAtTheEnd() {
        EngagementEvent e = chat();
        assertFalse(e.followClock(START.minusSeconds(1)));
        assertEquals(EventStatus.SCHEDULED, e.getStatus());
        assertTrue(e.followClock(START));
        assertEquals(EventStatus.OPEN, e.getStatus());
        assertFalse(e.followClock(END.minusSeconds(1)));
        assertTrue(e.followClock(END));
        assertEquals(EventStatus.CLOSED, e.getStatus());
        assertFalse(e.followClock(END.plusDays(1)), "closed for good");
    }

    @Test
    void anEventWhoseTimePassedWhileNoServerRanGoesStraightToClosed() {
        EngagementEvent e = chat();
        assertTrue(e.followClock(END.plusMinutes(5)));
        assertEquals(EventStatus.CLOSED, e.getStatus());
    }

    @Test
    void anEvaluatorCancelsAScheduledEventWithAReason() {
        EngagementEvent e = chat();
        assertEquals(EnumSet.of(RequestStep.CANCEL_EVENT), e.allowedSteps(p.evaluador));
        assertEquals(EnumSet.of(RequestStep.CANCEL_EVENT), e.allowedSteps(p.admin));
        assertEquals(EnumSet.noneOf(RequestStep.class), e.allowedSteps(p.moderador));
        assertEquals(EnumSet.noneOf(RequestStep.class), e.allowedSteps(p.enlace));
        assertThrows(IllegalStateException.class, () -> e.cancel(p.enlace, "No", People.NOW));
        assertEquals(
                "engagement.cancel.reason.required",
                assertThrows(RuleViolation.class, () -> e.cancel(p.evaluador, "  ", People.NOW))
                        .getMessageKey());
        assertEquals(
                "engagement.cancel.reason.tooLong",
                assertThrows(RuleViolation.class, () -> e.cancel(p.evaluador, "x".repeat(2001), People.NOW))
                        .getMessageKey());
        assertEquals(EventStatus.SCHEDULED, e.getStatus(), "refusals change nothing");
        assertNull(e.getCancelledAt());

        e.cancel(p.evaluador, " El experto se enfermó ", People.NOW);
        assertEquals(EventStatus.CANCELLED, e.getStatus());
        assertTrue(e.isCancelled());
        assertEquals(People.NOW, e.getCancelledAt());
        assertEquals(p.evaluador, e.getCancelledBy());
        assertEquals("El experto se enfermó", e.getCancelReason());
        assertEquals(EnumSet.noneOf(RequestStep.class), e.allowedSteps(p.evaluador), "not twice");
        assertThrows(IllegalStateException.class, () -> e.cancel(p.evaluador, "Otra vez", People.NOW));
    }

    @Test
    void aCancelledEventIsNeverOpenedByTheClock() {
        EngagementEvent e = chat();
        e.cancel(p.evaluador, "Sin sala", People.NOW);
        assertFalse(e.followClock(START));
        assertFalse(e.followClock(END.plusDays(1)));
        assertEquals(EventStatus.CANCELLED, e.getStatus());
        assertThrows(IllegalStateException.class, () -> e.moveTo(EventStatus.OPEN));
    }

    @Test
    void anOpenEventIsNotCancelled() {
        EngagementEvent e = chat();
        e.followClock(START);
        assertEquals(EnumSet.noneOf(RequestStep.class), e.allowedSteps(p.evaluador));
        assertThrows(IllegalStateException.class, () -> e.cancel(p.evaluador, "Tarde", People.NOW));
        assertEquals(EventStatus.OPEN, e.getStatus());
    }

    @Test
    void onlyAForumHasAModerationModeAndChatMessagesAreNumbered() {
        EngagementEvent e = chat();
        assertThrows(IllegalStateException.class, () -> e.moderateBefore(true));
        assertEquals(0, e.getLastSeq());
        assertEquals(1, e.nextSeq());
        assertEquals(2, e.nextSeq());
        e.reminded(People.NOW);
        assertEquals(People.NOW, e.getRemindedAt());

        EngagementRequest forumRequest = new EngagementRequest(
                "F-9",
                EngagementKind.FORUM,
                p.enlace,
                List.of("Dengue"),
                Schedule.forum(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 14)),
                new ExpertContact("Experta", null, "e@example.mx", null),
                p.experto,
                null,
                People.NOW);
        forumRequest.approve(p.evaluador, People.NOW, null);
        forumRequest.confirmExpert(p.experto, p.evaluador, People.NOW, null);
        forumRequest.markScheduled(p.evaluador, People.NOW, null);
        EngagementEvent forum = new EngagementEvent(forumRequest, p.moderador, People.MEXICO);
        assertFalse(forum.isPreModerated());
        forum.moderateBefore(true);
        assertTrue(forum.isPreModerated());
        assertEquals("2026-12-15T06:00:00Z", forum.getEndsAt().toInstant().toString(), "midnight after the last day");
    }

    @Test
    void overlapsIsAHalfOpenInterval() {
        EngagementEvent e = chat();
        assertTrue(e.overlaps(START.plusHours(1), END.plusHours(1)));
        assertFalse(e.overlaps(END, END.plusHours(2)), "one ends when the next starts");
        assertFalse(e.overlaps(START.minusHours(2), START));
    }
}
