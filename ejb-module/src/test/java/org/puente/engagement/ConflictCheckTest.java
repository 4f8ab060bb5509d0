package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.Folio;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/** The conflicts of a candidate schedule against other events, with hand-written expectations; no server. */
class ConflictCheckTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 14, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final Schedule MORNING = Schedule.chat(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0));
    private static final Schedule AFTERNOON = Schedule.chat(DAY, LocalTime.of(16, 0), LocalTime.of(18, 0));

    private final Body agency = new Body("ADEM", "Agencia Digital", BodyKind.AGENCIA, "Estado de México", MEXICO);
    private final Body salud =
            new Body("SALUD", "Secretaría de Salud", BodyKind.DEPENDENCIA, "Estado de México", MEXICO);
    private final Department unit = new Department(salud, "Comunicación Social", null);
    private final UserAccount enlace = staff("enlace", "Mariana Torres", salud, unit, Role.ENLACE);
    private final UserAccount evaluador = staff("evaluador", "Carlos Hernández", agency, null, Role.EVALUADOR);
    private final UserAccount lucia = staff("lucia", "Lucía Ramírez", agency, null, Role.MODERADOR);
    private final UserAccount pedro = staff("pedro", "Pedro Gómez", agency, null, Role.MODERADOR);
    private final UserAccount roberto = staff("roberto", "Dr. Roberto Sánchez", salud, null, Role.EXPERTO);
    private final UserAccount ana = staff("ana", "Dra. Ana Pérez", salud, null, Role.EXPERTO);
    private final ConflictCheck twoAtOnce = new ConflictCheck(2);

    @Test
    void aFreeWindowWithATrainedExpertHasNoConflict() {
        EngagementRequest candidate = confirmed("ADEM-2026-0010", "Vacunas", MORNING, roberto);
        List<EngagementEvent> others = List.of(event("ADEM-2026-0001", "Dengue", AFTERNOON, roberto, lucia));
        assertEquals(List.of(), check(candidate, MORNING, lucia, true, others));
    }

    @Test
    void theModeratorAndTheExpertBusyInTheSameWindowAreBothNamed() {
        EngagementRequest candidate = confirmed("ADEM-2026-0010", "Vacunas", MORNING, roberto);
        List<EngagementEvent> others = List.of(event("ADEM-2026-0001", "Dengue", MORNING, roberto, lucia));
        assertEquals(
                List.of(
                        new Conflict("engagement.conflict.moderator", "Lucía Ramírez", "Dengue", "ADEM-2026-0001"),
                        new Conflict("engagement.conflict.expert", "Dr. Roberto Sánchez", "Dengue", "ADEM-2026-0001")),
                check(candidate, MORNING, lucia, true, others));
        assertEquals(
                List.of(new Conflict("engagement.conflict.expert", "Dr. Roberto Sánchez", "Dengue", "ADEM-2026-0001")),
                check(candidate, MORNING, pedro, true, others),
                "another moderator is free");
        assertEquals(
                List.of(new Conflict("engagement.conflict.expert", "Dr. Roberto Sánchez", "Dengue", "ADEM-2026-0001")),
                check(candidate, MORNING, null, true, others),
                "no moderator chosen yet: only the expert's");
    }

    @Test
    void aThirdChatInAWindowIsOneTooMany() {
        EngagementRequest candidate = confirmed("ADEM-2026-0010", "Vacunas", MORNING, ana);
        List<EngagementEvent> one = List.of(event("ADEM-2026-0001", "Dengue", MORNING, roberto, lucia));
        assertEquals(List.of(), check(candidate, MORNING, pedro, true, one), "two at once are allowed");
        List<EngagementEvent> two = List.of(
                one.get(0),
                event(
                        "ADEM-2026-0002",
                        "Lactancia",
                        MORNING,
                        staff("otro", "Otro Experto", salud, null, Role.EXPERTO),
                        lucia));
        assertEquals(
                List.of(new Conflict("engagement.conflict.parallel", "2", "2")),
                check(candidate, MORNING, pedro, true, two));
        assertEquals(
                List.of(),
                new ConflictCheck(3).of(candidate, MORNING.startsAt(MEXICO), MORNING.endsAt(MEXICO), pedro, true, two),
                "an agency that runs three at once");
    }

    @Test
    void anUntrainedExpertIsAConflictUntilHisTrainingIsDone() {
        EngagementRequest candidate = confirmed("ADEM-2026-0010", "Vacunas", MORNING, ana);
        assertEquals(
                List.of(new Conflict("engagement.conflict.untrained", "Dra. Ana Pérez")),
                check(candidate, MORNING, lucia, false, List.of()));
        EngagementRequest noExpertYet = new EngagementRequest(
                "ADEM-2026-0011",
                EngagementKind.CHAT,
                enlace,
                List.of("Sin experto"),
                MORNING,
                new ExpertContact("Alguien", null, "a@example.mx", null),
                null,
                null,
                NOW);
        assertEquals(List.of(), check(noExpertYet, MORNING, lucia, false, List.of()), "no expert, nothing to train");
    }

    @Test
    void cancelledEventsOtherKindsOtherTimesAndTheRequestsOwnEventDoNotCount() {
        EngagementRequest candidate = confirmed("ADEM-2026-0010", "Vacunas", MORNING, roberto);
        EngagementEvent cancelled = event("ADEM-2026-0001", "Dengue", MORNING, roberto, lucia);
        cancelled.cancel(evaluador, "Sin sala", NOW);
        EngagementEvent afternoon = event("ADEM-2026-0002", "Lactancia", AFTERNOON, roberto, lucia);
        EngagementRequest forumRequest = new EngagementRequest(
                "ADEM-2026-0003",
                EngagementKind.FORUM,
                enlace,
                List.of("Foro"),
                Schedule.forum(DAY.minusDays(3), DAY.plusDays(10)),
                new ExpertContact("Roberto", null, "r@example.mx", null),
                roberto,
                null,
                NOW);
        forumRequest.approve(evaluador, NOW, null);
        forumRequest.confirmExpert(roberto, evaluador, NOW, null);
        forumRequest.markScheduled(evaluador, NOW, null);
        EngagementEvent forum = new EngagementEvent(forumRequest, lucia, MEXICO);
        EngagementRequest scheduledItself = confirmed("ADEM-2026-0004", "Propio", MORNING, roberto);
        scheduledItself.markScheduled(evaluador, NOW, null);
        EngagementEvent own = new EngagementEvent(scheduledItself, lucia, MEXICO);
        assertEquals(List.of(), check(candidate, MORNING, lucia, true, List.of(cancelled, afternoon, forum)));
        assertEquals(List.of(), check(scheduledItself, MORNING, lucia, true, List.of(own)), "its own event");
    }

    @Test
    void aForumClashesOnlyWithTheExpertsOtherForums() {
        Schedule weeks = Schedule.forum(DAY, DAY.plusDays(14));
        EngagementRequest candidate = new EngagementRequest(
                "ADEM-2026-0020",
                EngagementKind.FORUM,
                enlace,
                List.of("Salud mental"),
                weeks,
                new ExpertContact("Ana", null, "ana@example.mx", null),
                ana,
                null,
                NOW);
        candidate.approve(evaluador, NOW, null);
        candidate.confirmExpert(ana, evaluador, NOW, null);
        EngagementRequest otherForum = new EngagementRequest(
                "ADEM-2026-0021",
                EngagementKind.FORUM,
                enlace,
                List.of("Nutrición"),
                Schedule.forum(DAY.plusDays(7), DAY.plusDays(20)),
                new ExpertContact("Ana", null, "ana@example.mx", null),
                ana,
                null,
                NOW);
        otherForum.approve(evaluador, NOW, null);
        otherForum.confirmExpert(ana, evaluador, NOW, null);
        otherForum.markScheduled(evaluador, NOW, null);
        EngagementEvent busy = new EngagementEvent(otherForum, lucia, MEXICO);
        assertEquals(
                List.of(new Conflict("engagement.conflict.expert", "Dra. Ana Pérez", "Nutrición", "ADEM-2026-0021")),
                check(candidate, weeks, lucia, true, List.of(busy)),
                "the moderator is not a forum's conflict");
    }

    @Test
    void anAgencyRunsAtLeastOneChat() {
        assertThrows(IllegalArgumentException.class, () -> new ConflictCheck(0));
    }

    @Test
    void engagementFoliosHaveFourDigitsAndReportsSix() {
        assertEquals("ADEM-2026-0001", new Folio("ADEM", 2026, 1).withDigits(RequestIntake.FOLIO_DIGITS));
        assertEquals("ADEM-2026-12345", new Folio("ADEM", 2026, 12345).withDigits(4), "more numbers than digits grow");
        assertEquals("MET-2026-000001", new Folio("MET", 2026, 1).toString());
    }

    private List<Conflict> check(
            EngagementRequest r, Schedule at, UserAccount moderator, boolean trained, List<EngagementEvent> others) {
        return twoAtOnce.of(r, at.startsAt(MEXICO), at.endsAt(MEXICO), moderator, trained, others);
    }

    private EngagementRequest confirmed(String folio, String topic, Schedule when, UserAccount expert) {
        EngagementRequest r = new EngagementRequest(
                folio,
                EngagementKind.CHAT,
                enlace,
                List.of(topic),
                when,
                new ExpertContact("Experto", null, "x@example.mx", null),
                null,
                null,
                NOW);
        r.approve(evaluador, NOW, null);
        r.confirmExpert(expert, evaluador, NOW, null);
        return r;
    }

    private EngagementEvent event(
            String folio, String topic, Schedule when, UserAccount expert, UserAccount moderator) {
        EngagementRequest r = confirmed(folio, topic, when, expert);
        r.markScheduled(evaluador, NOW, null);
        return new EngagementEvent(r, moderator, MEXICO);
    }

    private static UserAccount staff(String username, String name, Body body, Department department, Role role) {
        return UserAccount.staff(
                username,
                name,
                username + "@example.mx",
                "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==",
                body,
                department,
                Set.of(role),
                NOW);
    }
}
