package org.puente.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.RuleViolation;

class IncidentNoticeTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 23, 16, 5, 0, 0, ZoneOffset.UTC);
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final Body metepec = new Body(
            "MET",
            "H. Ayuntamiento de Metepec",
            BodyKind.MUNICIPIO,
            "Estado de México",
            ZoneId.of("America/Mexico_City"));
    private final UserAccount paola = UserAccount.staff(
            "comunicacion", "Paola", "p@example.mx", HASH, metepec, null, Set.of(Role.COMUNICACION), START);

    private IncidentNotice phoneDown() {
        return new IncidentNotice(
                metepec,
                new NoticeContent(
                        "La línea *7311 no recibe llamadas",
                        AffectedService.CANAL,
                        ServiceChannel.LINEA_7311,
                        null,
                        START,
                        null),
                "  Estamos revisando la falla. Mientras tanto, reporta en línea.  ",
                paola,
                START.plusMinutes(3));
    }

    @Test
    void aNewNoticeIsInvestigatingWithItsFirstPublicText() {
        IncidentNotice notice = phoneDown();
        assertEquals(NoticeStatus.INVESTIGANDO, notice.getStatus());
        assertTrue(notice.isActive());
        assertEquals(ServiceChannel.LINEA_7311, notice.getChannel());
        assertEquals(1, notice.getUpdates().size());
        NoticeUpdate first = notice.getUpdates().get(0);
        assertEquals(NoticeUpdate.Kind.OPENED, first.getKind());
        assertEquals("Estamos revisando la falla. Mientras tanto, reporta en línea.", first.getText());
        assertEquals(paola, first.getAuthor());
        assertEquals(START.plusMinutes(3), notice.getUpdatedAt());
    }

    @Test
    void everyBrokenRuleOfANewNoticeIsToldOnItsField() {
        List<RuleViolation> problems =
                IncidentNotice.problems(new NoticeContent("   ", AffectedService.CANAL, null, null, null, null), "");
        assertEquals(
                List.of(
                        "title:incidentNotice.title.required",
                        "channel:incidentNotice.channel.required",
                        "startedAt:incidentNotice.startedAt.required",
                        "text:incidentNotice.text.required"),
                problems.stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        assertEquals(
                List.of("affected:incidentNotice.affected.required", "title:incidentNotice.title.tooLong"),
                IncidentNotice.problems(new NoticeContent("x".repeat(201), null, null, null, START, null), "Texto")
                        .stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .sorted()
                        .toList());
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> new IncidentNotice(
                        metepec,
                        new NoticeContent("", AffectedService.SITIO_WEB, null, null, START, null),
                        "Texto",
                        paola,
                        START));
        assertEquals("incidentNotice.title.required", refused.getMessageKey());
        assertEquals(
                "incidentNotice.text.tooLong",
                IncidentNotice.problems(
                                new NoticeContent("Sitio lento", AffectedService.SITIO_WEB, null, null, START, null),
                                "a".repeat(2001))
                        .get(0)
                        .getMessageKey());
    }

    @Test
    void whatDoesNotFitTheAffectedKindIsDropped() {
        NoticeContent web = new NoticeContent(
                "Sitio lento",
                AffectedService.SITIO_WEB,
                ServiceChannel.CHAT,
                "Palacio",
                START,
                LocalDate.of(2026, 12, 1));
        assertNull(web.channel());
        assertNull(web.office());
        assertNull(web.closureDay());
        NoticeContent office = new NoticeContent(
                " Cierre ",
                AffectedService.OFICINA,
                ServiceChannel.CHAT,
                " Palacio ",
                START,
                LocalDate.of(2026, 12, 1));
        assertEquals("Cierre", office.title());
        assertNull(office.channel());
        assertEquals("Palacio", office.office());
        assertEquals(LocalDate.of(2026, 12, 1), office.closureDay());
    }

    @Test
    void updatesMoveForwardAndTheResolutionEndsIt() {
        IncidentNotice notice = phoneDown();
        notice.update("Sin cambios por ahora.", null, paola, START.plusMinutes(20));
        assertEquals(NoticeStatus.INVESTIGANDO, notice.getStatus());
        notice.update("Falla del proveedor de telefonía.", NoticeStatus.IDENTIFICADO, paola, START.plusMinutes(40));
        assertEquals(NoticeStatus.IDENTIFICADO, notice.getStatus());

        RuleViolation back = assertThrows(
                RuleViolation.class,
                () -> notice.update("Otra vez", NoticeStatus.INVESTIGANDO, paola, START.plusMinutes(50)));
        assertEquals("incidentNotice.status.forbidden", back.getMessageKey());
        assertEquals("status", back.getField());
        RuleViolation resolveHere = assertThrows(
                RuleViolation.class, () -> notice.update("Listo", NoticeStatus.RESUELTO, paola, START.plusMinutes(50)));
        assertEquals("incidentNotice.status.resolveSeparately", resolveHere.getMessageKey());
        assertEquals(
                "incidentNotice.text.required",
                assertThrows(RuleViolation.class, () -> notice.update(" ", null, paola, START.plusMinutes(50)))
                        .getMessageKey());

        RuleViolation early = assertThrows(
                RuleViolation.class, () -> notice.resolve("Listo", START.minusMinutes(1), paola, START.plusHours(2)));
        assertEquals("incidentNotice.resolvedAt.beforeStart", early.getMessageKey());
        RuleViolation future = assertThrows(
                RuleViolation.class, () -> notice.resolve("Listo", START.plusHours(3), paola, START.plusHours(2)));
        assertEquals("incidentNotice.resolvedAt.future", future.getMessageKey());
        assertEquals(NoticeStatus.IDENTIFICADO, notice.getStatus(), "a refused resolution changes nothing");

        notice.resolve(
                "La línea funciona de nuevo.",
                START.plusHours(2),
                paola,
                START.plusHours(2).plusMinutes(5));
        assertEquals(NoticeStatus.RESUELTO, notice.getStatus());
        assertFalse(notice.isActive());
        assertEquals(START.plusHours(2), notice.getResolvedAt());
        assertEquals(
                List.of(
                        NoticeUpdate.Kind.OPENED,
                        NoticeUpdate.Kind.UPDATED,
                        NoticeUpdate.Kind.UPDATED,
                        NoticeUpdate.Kind.RESOLVED),
                notice.getUpdates().stream().map(NoticeUpdate::getKind).toList());
        assertEquals(START.plusHours(2).plusMinutes(5), notice.getUpdatedAt());
    }

    @Test
    void theNoticeMayBeResolvedWhileStillInvestigatingAtTheMomentOfResolving() {
        IncidentNotice notice = phoneDown();
        notice.resolve("Resuelto.", null, paola, START.plusMinutes(30));
        assertEquals(START.plusMinutes(30), notice.getResolvedAt());
    }

    @Test
    void aResolvedNoticeIsFinal() {
        IncidentNotice notice = phoneDown();
        notice.resolve("Resuelto.", null, paola, START.plusMinutes(30));
        NoticeContent content = notice.content();
        assertEquals(
                "incidentNotice.resolved.edit",
                assertThrows(RuleViolation.class, () -> notice.edit(content, paola, START.plusHours(1)))
                        .getMessageKey());
        assertEquals(
                "incidentNotice.resolved.update",
                assertThrows(RuleViolation.class, () -> notice.update("Más", null, paola, START.plusHours(1)))
                        .getMessageKey());
        assertEquals(
                "incidentNotice.resolved.update",
                assertThrows(RuleViolation.class, () -> notice.resolve("Otra", null, paola, START.plusHours(1)))
                        .getMessageKey());
        assertEquals(2, notice.getUpdates().size());
    }

    @Test
    void anEditIsAStaffLineAndTheTimelineShowsOnlyPublicLines() {
        IncidentNotice notice = phoneDown();
        notice.edit(
                new NoticeContent(
                        "La línea *7311 falla", AffectedService.CANAL, ServiceChannel.LINEA_7311, null, START, null),
                paola,
                START.plusMinutes(10));
        assertEquals("La línea *7311 falla", notice.getTitle());
        assertEquals(2, notice.getUpdates().size());
        assertEquals(NoticeUpdate.Kind.EDITED, notice.getUpdates().get(1).getKind());
        assertNull(notice.getUpdates().get(1).getText());
        assertEquals(1, notice.publicUpdates().size());
        assertEquals(START.plusMinutes(3), notice.getUpdatedAt(), "an edit is not news for the feed");
        RuleViolation empty = assertThrows(
                RuleViolation.class,
                () -> notice.edit(
                        new NoticeContent(" ", AffectedService.CANAL, ServiceChannel.LINEA_7311, null, START, null),
                        paola,
                        START.plusMinutes(11)));
        assertEquals("title", empty.getField());
        assertEquals("La línea *7311 falla", notice.getTitle(), "a refused edit changes nothing");
    }

    @Test
    void anOfficeClosureDayIsMarkedOnceAndThenKept() {
        LocalDate day = LocalDate.of(2026, 12, 14);
        IncidentNotice closure = new IncidentNotice(
                metepec,
                new NoticeContent(
                        "Oficinas cerradas por el informe de gobierno",
                        AffectedService.OFICINA,
                        null,
                        "Palacio Municipal",
                        START,
                        day),
                "Las ventanillas no atenderán ese día.",
                paola,
                START);
        assertFalse(phoneDown().closureCanBeMarked(), "a channel has no closure day");
        assertTrue(closure.closureCanBeMarked());
        assertEquals(day, closure.markClosure(paola, START.plusMinutes(1)));
        assertTrue(closure.isClosureMarked());
        assertFalse(closure.closureCanBeMarked());
        assertEquals(
                "incidentNotice.closureDay.none",
                assertThrows(RuleViolation.class, () -> closure.markClosure(paola, START.plusMinutes(2)))
                        .getMessageKey());
        RuleViolation moved = assertThrows(
                RuleViolation.class,
                () -> closure.edit(
                        new NoticeContent(
                                "Oficinas cerradas",
                                AffectedService.OFICINA,
                                null,
                                "Palacio Municipal",
                                START,
                                day.plusDays(1)),
                        paola,
                        START.plusMinutes(3)));
        assertEquals("incidentNotice.closureDay.marked", moved.getMessageKey());
        closure.edit(
                new NoticeContent("Oficinas cerradas", AffectedService.OFICINA, null, "Palacio", START, day),
                paola,
                START.plusMinutes(4));
        assertEquals("Oficinas cerradas", closure.getTitle());
    }
}
