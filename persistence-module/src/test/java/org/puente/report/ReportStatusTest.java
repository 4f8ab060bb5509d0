package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/**
 * The report's state machine, exhaustively and in memory: the table of allowed transitions, and
 * every verb of {@link ServiceReport} tried on a report in every status, the forbidden ones refused
 * without leaving a trace. (ReportIT checks that the staff service refuses the same steps.)
 */
class ReportStatusTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    /** The product's rule, written out independently of ReportStatus. */
    private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(
            ReportStatus.RECEIVED,
                    EnumSet.of(
                            ReportStatus.ASSIGNED,
                            ReportStatus.IN_PROGRESS,
                            ReportStatus.REJECTED,
                            ReportStatus.DUPLICATE),
            ReportStatus.ASSIGNED, EnumSet.of(ReportStatus.IN_PROGRESS, ReportStatus.REJECTED, ReportStatus.DUPLICATE),
            ReportStatus.IN_PROGRESS, EnumSet.of(ReportStatus.RESOLVED, ReportStatus.REJECTED, ReportStatus.DUPLICATE),
            ReportStatus.RESOLVED, EnumSet.of(ReportStatus.CLOSED, ReportStatus.IN_PROGRESS),
            ReportStatus.CLOSED, EnumSet.noneOf(ReportStatus.class),
            ReportStatus.REJECTED, EnumSet.noneOf(ReportStatus.class),
            ReportStatus.DUPLICATE, EnumSet.noneOf(ReportStatus.class));

    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(metepec, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);
    private final UserAccount agente = UserAccount.staff(
            "agente", "Jorge Luis Pérez Nava", "agente@demo.puente.mx", HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
    private final ServiceReport original = report(1);
    private long folios = 100;

    /** The verbs of ServiceReport that move a report, by the status each leads to. None leads to RECEIVED. */
    private final Map<ReportStatus, List<Verb>> verbsInto = Map.of(
            ReportStatus.ASSIGNED, List.of(new Verb("assignTo", r -> r.assignTo(agente, agente, NOW, null))),
            ReportStatus.IN_PROGRESS,
                    List.of(
                            new Verb(
                                    "startWork",
                                    r -> r.startWork(agente, NOW, null),
                                    EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED)),
                            new Verb(
                                    "reopen",
                                    r -> r.reopen(agente, NOW, "El bache sigue ahí"),
                                    EnumSet.of(ReportStatus.RESOLVED)),
                            new Verb(
                                    "reopenByCitizen",
                                    r -> r.reopenByCitizen(
                                            null,
                                            NOW,
                                            "Sigue el bache",
                                            Terms.of(NOW, NOW.plusHours(9), NOW.plusHours(12))),
                                    EnumSet.of(ReportStatus.RESOLVED))),
            ReportStatus.RESOLVED,
                    List.of(new Verb(
                            "resolve", r -> r.resolve(agente, NOW, "Quedó reparado", java.time.Duration.ofHours(5)))),
            ReportStatus.CLOSED, List.of(new Verb("close", r -> r.close(agente, NOW, null))),
            ReportStatus.REJECTED, List.of(new Verb("reject", r -> r.reject(agente, NOW, "No procede"))),
            ReportStatus.DUPLICATE,
                    List.of(new Verb("markDuplicateOf", r -> r.markDuplicateOf(original, agente, NOW))));

    /** A verb, and the statuses it may start from when narrower than the table (null: as the table says). */
    private record Verb(String name, Consumer<ServiceReport> apply, Set<ReportStatus> onlyFrom) {
        Verb(String name, Consumer<ServiceReport> apply) {
            this(name, apply, null);
        }

        boolean allowed(ReportStatus from, ReportStatus to) {
            return from.canMoveTo(to) && (onlyFrom == null || onlyFrom.contains(from));
        }
    }

    @Test
    void theTableOfTransitionsIsTheProductsRuleForAllFortyNinePairs() {
        int forbidden = 0;
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportStatus to : ReportStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
                forbidden += from.canMoveTo(to) ? 0 : 1;
            }
            assertEquals(ALLOWED.get(from), from.next(), "next() of " + from);
            assertEquals(
                    EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS)
                            .contains(from),
                    from.isOpen(),
                    "open: " + from);
        }
        assertEquals(37, forbidden);
        for (ReportStatus to : ReportStatus.values()) {
            assertFalse(to.canMoveTo(ReportStatus.RECEIVED), "nothing goes back to RECEIVED");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void fromEachStatusEveryVerbDoesExactlyWhatTheTableSays(ReportStatus from) {
        int tried = 0;
        for (Map.Entry<ReportStatus, List<Verb>> into : verbsInto.entrySet()) {
            ReportStatus to = into.getKey();
            for (Verb verb : into.getValue()) {
                ServiceReport report = reportIn(from);
                int steps = report.getHistory().size();
                OffsetDateTime resolvedAt = report.getResolvedAt();
                OffsetDateTime closedAt = report.getClosedAt();
                UserAccount assignee = report.getAssignee();
                String what = verb.name() + " on a " + from + " report";
                if (verb.allowed(from, to)) {
                    verb.apply().accept(report);
                    assertEquals(to, report.getStatus(), what);
                    assertEquals(steps + 1, report.getHistory().size(), what);
                    ReportTransition last = report.getHistory().get(steps);
                    assertEquals(from, last.getFrom(), what);
                    assertEquals(to, last.getTo(), what);
                } else {
                    assertThrows(IllegalStateException.class, () -> verb.apply().accept(report), what);
                    assertEquals(from, report.getStatus(), what + " keeps the status");
                    assertEquals(steps, report.getHistory().size(), what + " records nothing");
                    assertEquals(resolvedAt, report.getResolvedAt(), what);
                    assertEquals(closedAt, report.getClosedAt(), what);
                    assertEquals(from == ReportStatus.DUPLICATE ? original : null, report.getDuplicateOf(), what);
                    assertSame(assignee, report.getAssignee(), what + " keeps the assignee");
                }
                tried++;
            }
        }
        assertEquals(8, tried, "every verb was tried");
    }

    @Test
    void onlyOpenReportsAreReassignedOrWatched() {
        Department servicios = new Department(metepec, "Dirección de Servicios Públicos", null);
        for (ReportStatus status : ReportStatus.values()) {
            ServiceReport report = reportIn(status);
            int steps = report.getHistory().size();
            if (status.isOpen()) {
                report.reassign(servicios, agente, NOW, "Le toca a Servicios Públicos");
                assertEquals(status, report.getStatus(), "a reassignment keeps the status");
                assertSame(servicios, report.getDepartment());
                assertNull(report.getAssignee());
                assertEquals(steps + 1, report.getHistory().size());
                assertTrue(report.markAtRisk());
                assertTrue(report.markOverdue());
                assertFalse(report.markOverdue(), "overdue once");
                assertEquals(DeadlineState.OVERDUE, report.getDeadlineState());
            } else {
                assertThrows(
                        IllegalStateException.class,
                        () -> report.reassign(servicios, agente, NOW, "Le toca a Servicios Públicos"),
                        status.name());
                assertSame(obras, report.getDepartment());
                assertEquals(steps, report.getHistory().size());
                assertFalse(report.markAtRisk(), status.name());
                assertFalse(report.markOverdue(), status.name());
                assertEquals(DeadlineState.ON_TIME, report.getDeadlineState());
            }
        }
    }

    /** Open reports change hands (received ones become assigned); finished ones are given to nobody. */
    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void aManagerGivesTheWorkToAPersonOnlyWhileTheReportIsOpen(ReportStatus from) {
        UserAccount otra = UserAccount.staff(
                "agente2",
                "Ana Luisa Mejía Ruiz",
                "agente2@demo.puente.mx",
                HASH,
                metepec,
                obras,
                Set.of(Role.AGENTE),
                NOW);
        ServiceReport report = reportIn(from);
        int steps = report.getHistory().size();
        if (from.isOpen()) {
            report.giveTo(otra, agente, NOW, "Ana conoce la zona");
            assertSame(otra, report.getAssignee());
            assertEquals(from == ReportStatus.RECEIVED ? ReportStatus.ASSIGNED : from, report.getStatus());
            ReportTransition last = report.getHistory().get(steps);
            assertSame(otra, last.getAssignee(), "the step names whom it gave the work to");
            assertEquals(
                    from == ReportStatus.RECEIVED ? ReportTransition.Kind.STEP : ReportTransition.Kind.HANDOVER,
                    last.getKind());
            assertEquals(
                    from != ReportStatus.RECEIVED ? false : true, last.getKind().isPublic());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> report.giveTo(otra, agente, NOW, null),
                    "not to the one who has it already");
        } else {
            assertThrows(IllegalStateException.class, () -> report.giveTo(otra, agente, NOW, null), from.name());
            assertEquals(from, report.getStatus());
            assertEquals(steps, report.getHistory().size());
        }
        Department servicios = new Department(metepec, "Dirección de Servicios Públicos", null);
        UserAccount deOtraArea = UserAccount.staff(
                "agente3",
                "Pedro Ávila Cruz",
                "agente3@demo.puente.mx",
                HASH,
                metepec,
                servicios,
                Set.of(Role.AGENTE),
                NOW);
        ServiceReport fresh = reportIn(ReportStatus.RECEIVED);
        assertThrows(
                IllegalArgumentException.class,
                () -> fresh.giveTo(deOtraArea, agente, NOW, null),
                "an agent of another department");
        assertEquals(ReportStatus.RECEIVED, fresh.getStatus());
        assertEquals(1, fresh.getHistory().size());
    }

    /** An internal note is taken in every status, changes nothing else and is not public. */
    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void anInternalNoteChangesNothingAndStaysWithTheStaff(ReportStatus status) {
        ServiceReport report = reportIn(status);
        int steps = report.getHistory().size();
        UserAccount assignee = report.getAssignee();
        report.noteInternally(agente, NOW, "  El vecino llamó otra vez  ");
        assertEquals(status, report.getStatus());
        assertSame(assignee, report.getAssignee());
        assertEquals(steps + 1, report.getHistory().size());
        ReportTransition note = report.getHistory().get(steps);
        assertEquals(ReportTransition.Kind.NOTE, note.getKind());
        assertFalse(note.getKind().isPublic());
        assertEquals("El vecino llamó otra vez", note.getText());
        assertEquals(status, note.getFrom());
        assertEquals(status, note.getTo());
        assertThrows(IllegalArgumentException.class, () -> report.noteInternally(agente, NOW, " "));
        assertEquals(steps + 1, report.getHistory().size());
    }

    /** Evidence goes only on a resolved report, checked by content, up to five. */
    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void evidenceIsAttachedOnlyToAResolvedReport(ReportStatus status) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        ServiceReport report = reportIn(status);
        if (status == ReportStatus.RESOLVED) {
            assertThrows(
                    IllegalArgumentException.class, () -> report.attachEvidence(PhotoType.JPEG, png), "not a JPEG");
            for (int i = 0; i < 5; i++) {
                report.attachEvidence(PhotoType.PNG, png);
            }
            assertThrows(IllegalArgumentException.class, () -> report.attachEvidence(PhotoType.PNG, png), "a sixth");
            assertEquals(
                    5,
                    report.getPhotos().stream().filter(ReportPhoto::isEvidence).count());
            report.attachPhoto(PhotoType.PNG, png); // the reporter's own photos are counted apart
        } else {
            assertThrows(IllegalStateException.class, () -> report.attachEvidence(PhotoType.PNG, png), status.name());
            assertTrue(report.getPhotos().isEmpty());
        }
    }

    /** The reporter's reopening keeps the history, is his step, and gives the deadline it is handed. */
    @Test
    void theReporterReopensAResolvedReportWithANewDeadlineAndTheWholeHistory() {
        ServiceReport report = report(folios++);
        report.assignTo(agente, agente, NOW, null);
        report.startWork(agente, NOW, null);
        report.resolve(agente, NOW, "Se rellenó el bache", java.time.Duration.ofHours(5));
        report.markAtRisk();
        List<ReportTransition> before = List.copyOf(report.getHistory());
        OffsetDateTime later = NOW.plusDays(3);
        org.puente.casework.ClockRecord again = Terms.of(later, later.plusHours(9), later.plusHours(12));
        assertThrows(IllegalArgumentException.class, () -> report.reopenByCitizen(null, later, "", again));
        report.reopenByCitizen(null, later, "Siguen los baches", again);
        assertEquals(ReportStatus.IN_PROGRESS, report.getStatus());
        assertNull(report.getResolvedAt());
        assertEquals(later.plusHours(12), report.getDueAt());
        assertEquals(later.plusHours(9), report.getAtRiskAt());
        assertEquals(DeadlineState.ON_TIME, report.getDeadlineState());
        assertEquals(before, report.getHistory().subList(0, before.size()), "every earlier step stays");
        ReportTransition last = report.getHistory().get(before.size());
        assertEquals(ReportTransition.Kind.CITIZEN, last.getKind());
        assertTrue(last.getKind().isPublic());
        assertEquals("Siguen los baches", last.getText());
        assertNull(last.getActor());
        assertSame(agente, report.getAssignee(), "whoever had it has it again");
    }

    /** A report brought to the status through the allowed steps. */
    private ServiceReport reportIn(ReportStatus status) {
        ServiceReport r = report(folios++);
        switch (status) {
            case RECEIVED -> {}
            case ASSIGNED -> r.assignTo(agente, agente, NOW, null);
            case IN_PROGRESS -> r.startWork(agente, NOW, null);
            case RESOLVED -> {
                r.startWork(agente, NOW, null);
                r.resolve(agente, NOW, "Se rellenó el bache", java.time.Duration.ofHours(5));
            }
            case CLOSED -> {
                r.startWork(agente, NOW, null);
                r.resolve(agente, NOW, "Se rellenó el bache", java.time.Duration.ofHours(5));
                r.close(agente, NOW, null);
            }
            case REJECTED -> r.reject(agente, NOW, "Es una obra particular");
            case DUPLICATE -> r.markDuplicateOf(original, agente, NOW);
        }
        assertEquals(status, r.getStatus());
        return r;
    }

    private ServiceReport report(long number) {
        return new ServiceReport(
                new Folio("MET", 2026, number),
                bacheo,
                "Bache en la esquina",
                santaCruz,
                null,
                null,
                null,
                Channel.WEB,
                Contact.none(),
                null,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
    }
}
