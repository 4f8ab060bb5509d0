package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.platform.RuleViolation;

/** Every verb of a request, and the steps it allows to whom, without a server. */
class EngagementRequestTest {

    private final People p = new People();
    private static final OffsetDateTime NOW = People.NOW;
    private static final Schedule AFTERNOON =
            Schedule.chat(LocalDate.of(2026, 12, 9), LocalTime.of(16, 0), LocalTime.of(18, 0));

    @Test
    void aFiledRequestBelongsToTheEnlacesUnitAndWaitsForTheEvaluator() {
        EngagementRequest r = p.chatRequest("ADEM-2026-0001");
        assertEquals(RequestStatus.SUBMITTED, r.getStatus());
        assertEquals(p.comunicacion, r.getUnit());
        assertEquals(p.salud, r.getBody());
        assertEquals("Vacunación", r.getTitle());
        assertEquals(1, r.getSteps().size());
        assertNull(r.getSteps().get(0).getFrom());
        assertEquals(
                EnumSet.of(RequestStep.APPROVE, RequestStep.ADJUST, RequestStep.REJECT, RequestStep.TRAINING),
                r.allowedSteps(p.evaluador),
                "the expert's account is known, so a training may be planned");
        assertEquals(EnumSet.of(RequestStep.WITHDRAW), r.allowedSteps(p.enlace));
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.otherEnlace), "another unit's Enlace");
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.moderador));
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(null));
        assertEquals(r.allowedSteps(p.evaluador), r.allowedSteps(p.admin), "an administrator evaluates too");
    }

    @Test
    void onlyAnEnlaceOfAUnitFilesAndAChatHasOneTopicAndAWindow() {
        ExpertContact contact = new ExpertContact("Experta", null, "e@example.mx", null);
        assertThrows(
                IllegalArgumentException.class,
                () -> new EngagementRequest(
                        "F-1",
                        EngagementKind.CHAT,
                        p.evaluador,
                        List.of("Tema"),
                        People.chatDay(),
                        contact,
                        null,
                        null,
                        NOW));
        RuleViolation twoTopics = assertThrows(
                RuleViolation.class,
                () -> new EngagementRequest(
                        "F-1",
                        EngagementKind.CHAT,
                        p.enlace,
                        List.of("Uno", "Dos"),
                        People.chatDay(),
                        contact,
                        null,
                        null,
                        NOW));
        assertEquals("engagement.chat.oneTopic", twoTopics.getMessageKey());
        assertThrows(
                IllegalArgumentException.class,
                () -> new EngagementRequest(
                        "F-1",
                        EngagementKind.FORUM,
                        p.enlace,
                        List.of("Uno"),
                        People.chatDay(),
                        contact,
                        null,
                        null,
                        NOW),
                "a forum has days, not a window");
        RuleViolation notes = assertThrows(
                RuleViolation.class,
                () -> new EngagementRequest(
                        "F-1",
                        EngagementKind.CHAT,
                        p.enlace,
                        List.of("Uno"),
                        People.chatDay(),
                        contact,
                        null,
                        "x".repeat(2001),
                        NOW));
        assertEquals("engagement.notes.tooLong", notes.getMessageKey());
        RuleViolation notExpert = assertThrows(
                RuleViolation.class,
                () -> new EngagementRequest(
                        "F-1",
                        EngagementKind.CHAT,
                        p.enlace,
                        List.of("Uno"),
                        People.chatDay(),
                        contact,
                        p.moderador,
                        null,
                        NOW));
        assertEquals("engagement.expert.unknown", notExpert.getMessageKey());
    }

    @Test
    void anAdjustmentWaitsBesideTheProposalUntilTheEnlaceAcceptsIt() {
        EngagementRequest r = p.chatRequest("F-2");
        r.proposeAdjustment(AFTERNOON, List.of("Vacunación infantil"), p.evaluador, NOW, "Mejor por la tarde");
        assertEquals(RequestStatus.ADJUSTMENT_PROPOSED, r.getStatus());
        assertEquals(People.chatDay(), r.getSchedule(), "the unit's proposal stays");
        assertEquals(AFTERNOON, r.getAdjustedSchedule());
        assertEquals(List.of("Vacunación infantil"), r.getAdjustedTopics());
        assertEquals(
                EnumSet.of(RequestStep.ACCEPT, RequestStep.COUNTER, RequestStep.WITHDRAW), r.allowedSteps(p.enlace));
        assertEquals(
                EnumSet.of(RequestStep.TRAINING), r.allowedSteps(p.evaluador), "the evaluator waits for the answer");

        r.acceptAdjustment(p.enlace, NOW, null);
        assertEquals(RequestStatus.ADJUSTMENT_ACCEPTED, r.getStatus());
        assertEquals(AFTERNOON, r.getSchedule());
        assertEquals("Vacunación infantil", r.getTitle());
        assertNull(r.getAdjustedSchedule());
        assertEquals(List.of(), r.getAdjustedTopics());
    }

    @Test
    void anAdjustmentChangesSomethingAndNeedsANote() {
        EngagementRequest r = p.chatRequest("F-3");
        RuleViolation same = assertThrows(
                RuleViolation.class,
                () -> r.proposeAdjustment(People.chatDay(), List.of("Vacunación"), p.evaluador, NOW, "Igual"));
        assertEquals("engagement.adjustment.same", same.getMessageKey());
        assertEquals("schedule", same.getField());
        RuleViolation noNote = assertThrows(
                RuleViolation.class,
                () -> r.proposeAdjustment(AFTERNOON, List.of("Vacunación"), p.evaluador, NOW, " "));
        assertEquals("engagement.note.required", noNote.getMessageKey());
        assertThrows(
                IllegalStateException.class,
                () -> r.proposeAdjustment(AFTERNOON, List.of("Vacunación"), p.enlace, NOW, "Yo no evalúo"));
        assertEquals(RequestStatus.SUBMITTED, r.getStatus());
        assertEquals(1, r.getSteps().size(), "nothing was recorded");
    }

    @Test
    void aCounterProposalReplacesTheProposalAndDropsTheAdjustment() {
        EngagementRequest r = p.chatRequest("F-4");
        r.proposeAdjustment(AFTERNOON, List.of("Vacunación"), p.evaluador, NOW, "Por la tarde");
        Schedule other = Schedule.chat(LocalDate.of(2026, 12, 10), LocalTime.of(11, 0), LocalTime.of(13, 0));
        assertThrows(
                IllegalStateException.class,
                () -> r.counterPropose(other, List.of("Vacunación"), p.otherEnlace, NOW, "Otra unidad"));
        r.counterPropose(other, List.of("Vacunación"), p.enlace, NOW, "Otro día por la mañana");
        assertEquals(RequestStatus.COUNTER_PROPOSED, r.getStatus());
        assertEquals(other, r.getSchedule());
        assertNull(r.getAdjustedSchedule());
        assertEquals(
                EnumSet.of(RequestStep.APPROVE, RequestStep.ADJUST, RequestStep.REJECT, RequestStep.TRAINING),
                r.allowedSteps(p.evaluador));
    }

    @Test
    void approvalThenTheExpertThenTheSchedule() {
        EngagementRequest r = p.chatRequest("F-5");
        assertThrows(IllegalStateException.class, () -> r.markScheduled(p.evaluador, NOW, null), "not before approval");
        assertThrows(IllegalStateException.class, () -> r.confirmExpert(p.experto, p.evaluador, NOW, null));
        assertThrows(IllegalStateException.class, () -> r.approve(p.enlace, NOW, null), "the Enlace does not approve");
        r.approve(p.evaluador, NOW, "Procede");
        assertEquals(RequestStatus.APPROVED, r.getStatus());
        assertEquals(EnumSet.of(RequestStep.CONFIRM_EXPERT, RequestStep.TRAINING), r.allowedSteps(p.evaluador));
        assertThrows(IllegalStateException.class, () -> r.approve(p.evaluador, NOW, null), "not twice");

        RuleViolation notExpert =
                assertThrows(RuleViolation.class, () -> r.confirmExpert(p.moderador, p.evaluador, NOW, null));
        assertEquals("engagement.expert.unknown", notExpert.getMessageKey());
        r.confirmExpert(p.experto2, p.evaluador, NOW, null);
        assertEquals(RequestStatus.EXPERT_CONFIRMED, r.getStatus());
        assertEquals(p.experto2, r.getExpert());
        assertTrue(r.isExpertConfirmed());
        assertEquals(
                "Nombre de experto2",
                r.getSteps().get(r.getSteps().size() - 1).getNote(),
                "without a note the step names the expert");
        assertEquals(EnumSet.of(RequestStep.SCHEDULE, RequestStep.TRAINING), r.allowedSteps(p.evaluador));

        r.markScheduled(p.evaluador, NOW, "Modera Lucía");
        assertEquals(RequestStatus.SCHEDULED, r.getStatus());
        assertEquals(EnumSet.of(RequestStep.TRAINING), r.allowedSteps(p.evaluador), "only trainings are left");
        assertEquals(
                EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.enlace), "a scheduled request is not withdrawn");
        assertEquals(
                List.of(
                        RequestStatus.SUBMITTED,
                        RequestStatus.APPROVED,
                        RequestStatus.EXPERT_CONFIRMED,
                        RequestStatus.SCHEDULED),
                r.getSteps().stream().map(EngagementStep::getTo).toList());
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheRequest() {
        EngagementRequest r = p.chatRequest("F-6");
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> r.reject(p.evaluador, NOW, null));
        assertEquals("engagement.note.required", noReason.getMessageKey());
        r.reject(p.evaluador, NOW, "No corresponde");
        assertEquals(RequestStatus.REJECTED, r.getStatus());
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.evaluador), "not even a training");
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.enlace));
        assertThrows(IllegalStateException.class, () -> r.withdraw(p.enlace, NOW, null));
    }

    @Test
    void theEnlaceWithdrawsUntilTheEventIsScheduled() {
        EngagementRequest r = p.chatRequest("F-7");
        assertThrows(IllegalStateException.class, () -> r.withdraw(p.otherEnlace, NOW, null), "another unit's Enlace");
        assertThrows(IllegalStateException.class, () -> r.withdraw(p.evaluador, NOW, null));
        r.withdraw(p.enlace, NOW, "Ya no lo necesitamos");
        assertEquals(RequestStatus.WITHDRAWN, r.getStatus());
        assertEquals(EnumSet.noneOf(RequestStep.class), r.allowedSteps(p.evaluador));
    }

    @Test
    void anEvaluatorDoesNotEvaluateARequestHeFiledHimself() {
        org.puente.organization.Department contenidos =
                new org.puente.organization.Department(p.agency, "Contenidos", null);
        org.puente.identity.UserAccount both = org.puente.identity.UserAccount.staff(
                "ambos",
                "Ambos",
                "ambos@example.mx",
                "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==",
                p.agency,
                contenidos,
                java.util.Set.of(org.puente.identity.Role.ENLACE, org.puente.identity.Role.EVALUADOR),
                NOW);
        EngagementRequest own = new EngagementRequest(
                "F-8",
                EngagementKind.CHAT,
                both,
                List.of("Tema"),
                People.chatDay(),
                new ExpertContact("Experta", null, "e@example.mx", null),
                null,
                null,
                NOW);
        assertFalse(own.isEvaluatedBy(both));
        assertEquals(EnumSet.of(RequestStep.WITHDRAW), own.allowedSteps(both), "he answers as the unit's Enlace only");
        assertThrows(IllegalStateException.class, () -> own.approve(both, NOW, null));
        assertTrue(own.isEvaluatedBy(p.evaluador));
        assertTrue(p.chatRequest("F-8").isAnsweredBy(p.enlace));
        assertFalse(p.chatRequest("F-8").isAnsweredBy(p.otherEnlace));
    }

    @Test
    void aTrainingIsPlannedForTheKnownExpertAndNotInThePast() {
        EngagementRequest r = p.chatRequest("F-9");
        OffsetDateTime at = NOW.plusDays(3);
        ExpertTraining t = r.planTraining(p.evaluador, at, NOW);
        assertEquals(p.experto, t.getExpert());
        assertEquals(at, t.getScheduledAt());
        assertFalse(t.isDone());
        assertEquals(
                "engagement.date.past",
                assertThrows(RuleViolation.class, () -> r.planTraining(p.evaluador, NOW.minusMinutes(1), NOW))
                        .getMessageKey());
        assertEquals(
                "engagement.training.when",
                assertThrows(RuleViolation.class, () -> r.planTraining(p.evaluador, null, NOW))
                        .getMessageKey());
        assertThrows(IllegalStateException.class, () -> r.planTraining(p.enlace, at, NOW));

        EngagementRequest noAccount = new EngagementRequest(
                "F-10",
                EngagementKind.CHAT,
                p.enlace,
                List.of("Tema"),
                People.chatDay(),
                new ExpertContact("Sin cuenta", null, "s@example.mx", null),
                null,
                null,
                NOW);
        assertThrows(
                IllegalStateException.class,
                () -> noAccount.planTraining(p.evaluador, at, NOW),
                "no expert's account yet");
        r.reject(p.evaluador, NOW, "No procede");
        assertThrows(
                IllegalStateException.class,
                () -> r.planTraining(p.evaluador, at, NOW),
                "a rejected request has no training (the page hid it; now the verb refuses it too)");
    }

    @Test
    void forumTopicsAreOneToSixOfAtMostThreeHundredCharacters() {
        assertEquals("Uno\nDos", EngagementRequest.joinTopics(EngagementKind.FORUM, List.of(" Uno ", "", "Dos")));
        assertEquals(
                "engagement.forum.topics",
                assertThrows(
                                RuleViolation.class,
                                () -> EngagementRequest.joinTopics(EngagementKind.FORUM, List.of(" ")))
                        .getMessageKey());
        assertEquals(
                "engagement.topic.tooMany",
                assertThrows(
                                RuleViolation.class,
                                () -> EngagementRequest.joinTopics(
                                        EngagementKind.FORUM, List.of("1", "2", "3", "4", "5", "6", "7")))
                        .getMessageKey());
        assertEquals(
                "engagement.topic.tooLong",
                assertThrows(
                                RuleViolation.class,
                                () -> EngagementRequest.joinTopics(EngagementKind.FORUM, List.of("x".repeat(301))))
                        .getMessageKey());
        assertEquals(List.of("Uno", "Dos"), EngagementRequest.splitTopics("Uno\nDos"));
    }
}
