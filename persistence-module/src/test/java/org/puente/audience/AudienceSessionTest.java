package org.puente.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

class AudienceSessionTest {

    private final AudienceFixture f = new AudienceFixture();
    private final OffsetDateTime at = AudienceFixture.NOW;

    private static String refusal(Runnable step) {
        return assertThrows(RuleViolation.class, step::run).getMessageKey();
    }

    @Test
    void aPlanThatMakesNoSenseIsRefusedWithEveryProblemOnItsField() {
        AudiencePlan bad = new AudiencePlan(
                LocalDate.of(2026, 12, 6),
                LocalTime.of(14, 0),
                LocalTime.of(10, 0),
                AudienceMode.BOTH,
                " ",
                "http://meet.example.mx/x",
                "",
                Set.of(f.tolucaObras),
                0,
                200);
        List<String> problems = bad.problems(f.metepec, AudienceFixture.TODAY).stream()
                .map(p -> p.getField() + ":" + p.getMessageKey())
                .toList();
        assertEquals(
                List.of(
                        "day:audience.day.past",
                        "endsAt:audience.window.order",
                        "place:audience.place.required",
                        "meetingLink:audience.link.invalid",
                        "officials:audience.officials.required",
                        "departments:audience.departments.otherBody",
                        "capacity:audience.capacity.range",
                        "minutesPerTurn:audience.minutes.range"),
                problems);
    }

    @Test
    void moreTurnsThanFitInTheWindowAreRefused() {
        // 10:00-14:00 is 240 minutes: 4 turns of 60 minutes, the last one starting at 13:00
        assertEquals("audience.capacity.window", refusal(() -> f.session(5)));
        assertEquals(4, f.session(4).getCapacity());
        AudiencePlan farAway = new AudiencePlan(
                LocalDate.of(2027, 12, 9),
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                AudienceMode.ONLINE,
                null,
                "https://meet.example.mx/metepec",
                "Presidenta",
                Set.of(f.obras),
                4,
                60);
        assertEquals(
                "audience.day.tooFar", refusal(() -> new AudienceSession(f.metepec, farAway, AudienceFixture.TODAY)));
    }

    @Test
    void turnsAreNumberedInOrderWithTheirEstimatedTimes() {
        AudienceSession s = f.session(4);
        AudienceTurn first = s.register(f.petition(f.obras, "ana@example.mx", null), at);
        AudienceTurn second = s.register(f.petition(f.agua, "luis@example.mx", null), at);
        AudienceTurn third = s.register(f.petition(f.obras, null, "722 111 2233"), at);
        assertEquals(List.of(1, 2, 3), List.of(first.getNumber(), second.getNumber(), third.getNumber()));
        assertEquals(OffsetDateTime.parse("2026-12-08T10:00:00-06:00"), first.getEstimatedAt());
        assertEquals(OffsetDateTime.parse("2026-12-08T12:00:00-06:00"), third.getEstimatedAt());
        assertEquals(1, s.seatsLeft());
    }

    @Test
    void oneRegistrationPerPersonAndPerPetitionAndNoneWhenFull() {
        AudienceSession s = f.session(3);
        var petition = f.petition(f.obras, "Ana@Example.mx", "722-111-2233");
        s.register(petition, at);
        assertEquals("audience.petition.registered", refusal(() -> s.register(petition, at)));
        // the same e-mail in another case, or the same phone written otherwise, is the same person
        assertEquals(
                "audience.registration.twice",
                refusal(() -> s.register(f.petition(f.agua, "ana@example.MX", null), at)));
        assertEquals(
                "audience.registration.twice",
                refusal(() -> s.register(f.petition(f.agua, "otra@example.mx", "(722) 111 2233"), at)));
        s.register(f.petition(f.agua, "luis@example.mx", null), at);
        s.register(f.petition(f.agua, "eva@example.mx", null), at);
        assertEquals("audience.full", refusal(() -> s.register(f.petition(f.obras, "leo@example.mx", null), at)));
        assertEquals(3, s.getRegistered());
    }

    @Test
    void aDepartmentNotAttendingAndASessionNoLongerPlannedRefuseRegistrations() {
        AudienceSession s = f.session(4);
        Department other = new Department(f.metepec, "Catastro", null);
        assertEquals(
                "audience.department.notAttending",
                refusal(() -> s.register(f.petition(other, "ana@example.mx", null), at)));
        s.open(at);
        assertEquals(
                "audience.registration.closed",
                refusal(() -> s.register(f.petition(f.obras, "ana@example.mx", null), at)));
    }

    @Test
    void aTurnIsCalledOnlyWhileOpenOneAtATimeAndOnlyTheCalledOneGetsAResult() {
        AudienceSession s = f.session(4);
        s.register(f.petition(f.obras, "ana@example.mx", null), at);
        s.register(f.petition(f.agua, "luis@example.mx", null), at);
        assertEquals("audience.notOpen", refusal(() -> s.callNext(at)));
        s.open(at);
        assertEquals(1, s.callNext(at).getNumber());
        assertEquals(1, s.getCurrentTurn());
        assertEquals("audience.turn.settleFirst", refusal(() -> s.callNext(at)));
        assertEquals("audience.turn.notCalled", refusal(() -> s.settle(2, TurnStatus.NO_SHOW, null, at)));
        assertEquals(
                "audience.outcome.required.ATENDIDA_EN_EL_ACTO",
                refusal(() -> s.settle(1, TurnStatus.ATENDIDA_EN_EL_ACTO, " ", at)));
        assertEquals("audience.result.required", refusal(() -> s.settle(1, TurnStatus.WAITING, "x", at)));
        assertEquals("audience.turn.settleFirst", refusal(() -> s.close(at)));
        s.settle(1, TurnStatus.ATENDIDA_EN_EL_ACTO, "Se programa el bacheo para el lunes.", at);
        assertEquals(2, s.callNext(at).getNumber());
        s.settle(2, TurnStatus.NO_SHOW, "ignored", at);
        assertNull(s.turn(2).orElseThrow().getOutcome());
        assertEquals("audience.turn.noneWaiting", refusal(() -> s.callNext(at)));
        s.close(at);
        assertEquals(AudienceStatus.CLOSED, s.getStatus());
        assertNull(s.getCurrentTurn());
        assertEquals("audience.notOpen", refusal(() -> s.settle(1, TurnStatus.TURNADA, null, at)));
    }

    @Test
    void onlyAPlannedSessionIsEditedOrCancelledAndTheCapacityNeverFallsBelowItsTurns() {
        AudienceSession s = f.session(4);
        s.register(f.petition(f.obras, "ana@example.mx", null), at);
        s.register(f.petition(f.agua, "luis@example.mx", null), at);
        assertEquals("audience.capacity.belowRegistered", refusal(() -> s.edit(f.tuesday(1), AudienceFixture.TODAY)));
        AudiencePlan withoutAgua = new AudiencePlan(
                AudienceFixture.TUESDAY,
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                AudienceMode.IN_PERSON,
                "Sala",
                null,
                "Presidenta",
                Set.of(f.obras),
                4,
                60);
        assertEquals("audience.departments.inUse", refusal(() -> s.edit(withoutAgua, AudienceFixture.TODAY)));
        AudiencePlan later = new AudiencePlan(
                AudienceFixture.TUESDAY,
                LocalTime.of(11, 0),
                LocalTime.of(13, 0),
                AudienceMode.IN_PERSON,
                "Sala",
                null,
                "Presidenta",
                Set.of(f.obras, f.agua),
                4,
                30);
        s.edit(later, AudienceFixture.TODAY);
        assertEquals(
                OffsetDateTime.parse("2026-12-08T11:30:00-06:00"),
                s.turn(2).orElseThrow().getEstimatedAt());
        s.open(at);
        assertEquals("audience.edit.notPlanned", refusal(() -> s.edit(later, AudienceFixture.TODAY)));
        assertEquals("audience.cancel.notPlanned", refusal(() -> s.cancel(at)));
        assertEquals("audience.open.notPlanned", refusal(() -> s.open(at)));
    }

    @Test
    void theTransitionsAreExactlyTheseFour() {
        for (AudienceStatus from : AudienceStatus.values()) {
            for (AudienceStatus to : AudienceStatus.values()) {
                boolean allowed = (from == AudienceStatus.PLANNED
                                && (to == AudienceStatus.OPEN || to == AudienceStatus.CANCELLED))
                        || (from == AudienceStatus.OPEN && to == AudienceStatus.CLOSED);
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
            }
        }
    }
}
