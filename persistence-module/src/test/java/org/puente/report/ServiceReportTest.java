package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

/**
 * The verbs of {@link ServiceReport} one by one, in memory: what each records, the input each refuses
 * (with the key the user reads), and which steps each kind of staff member is offered. The transition
 * table itself is {@link ReportStatusTest}'s.
 */
class ServiceReportTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private final Body agency = new Body("ADEM", "Agencia Digital", BodyKind.AGENCIA, "Estado de México", ZONE);
    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Body toluca = new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final Department servicios = new Department(metepec, "Dirección de Servicios Públicos", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final PublicService alumbradoToluca =
            new PublicService(new Department(toluca, "Alumbrado", null), "alumbrado", "Alumbrado", null, 24);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(metepec, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);
    private final Colonia centroToluca = new Colonia(new Delegacion(toluca, "Centro"), "Centro", "50000", null);
    private final UserAccount agente = staff("agente", obras, metepec, Role.AGENTE);
    private final UserAccount agenteServicios = staff("agente2", servicios, metepec, Role.AGENTE);
    private final UserAccount gerente = staff("gerente", null, metepec, Role.GERENTE);
    private final UserAccount operador = staff("operador", obras, metepec, Role.OPERADOR);
    private final UserAccount admin = staff("admin", null, agency, Role.ADMIN);
    private long folios = 1;

    @Test
    void aNewReportIsReceivedByTheServicesDepartmentWithItsDeadlineAndOneStep() {
        ServiceReport report = new ServiceReport(
                new Folio("MET", 2026, 41),
                bacheo,
                "  Bache profundo  ",
                santaCruz,
                " ",
                " Frente al kiosco ",
                null,
                Channel.WEB,
                null,
                null,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
        assertEquals("MET-2026-000041", report.getFolio());
        assertEquals(ReportStatus.RECEIVED, report.getStatus());
        assertSame(obras, report.getDepartment());
        assertEquals("Bache profundo", report.getDescription());
        assertNull(report.getStreet(), "a blank street is none");
        assertEquals("Frente al kiosco", report.getReference());
        assertEquals(NOW.plusHours(48), report.getDueAt());
        assertEquals(NOW.plusHours(36), report.getAtRiskAt());
        assertEquals(DeadlineState.ON_TIME, report.getDeadlineState());
        assertNull(report.getContact().getEmail(), "filed without contact");
        assertEquals(1, report.getHistory().size());
        ReportTransition first = report.getHistory().get(0);
        assertNull(first.getFrom());
        assertEquals(ReportStatus.RECEIVED, first.getTo());
        assertEquals("Dirección de Obras Públicas", first.getActorUnit());
    }

    @Test
    void aNewReportRefusesAColoniaOrFolioOfAnotherMunicipalityAndAnEmptyDescription() {
        org.puente.casework.ClockRecord deadline = Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceReport(
                        new Folio("MET", 2026, 1),
                        bacheo,
                        "Bache",
                        centroToluca,
                        null,
                        null,
                        null,
                        Channel.WEB,
                        null,
                        null,
                        deadline,
                        NOW,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceReport(
                        new Folio("TOL", 2026, 1),
                        bacheo,
                        "Bache",
                        santaCruz,
                        null,
                        null,
                        null,
                        Channel.WEB,
                        null,
                        null,
                        deadline,
                        NOW,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceReport(
                        new Folio("MET", 2026, 1),
                        bacheo,
                        "  ",
                        santaCruz,
                        null,
                        null,
                        null,
                        Channel.WEB,
                        null,
                        null,
                        deadline,
                        NOW,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceReport(
                        new Folio("TOL", 2026, 1),
                        alumbradoToluca,
                        "x".repeat(2001),
                        centroToluca,
                        null,
                        null,
                        null,
                        Channel.WEB,
                        null,
                        null,
                        deadline,
                        NOW,
                        null));
    }

    @Test
    void anAgentTakesAReportOfHisDepartmentAndTheStepNamesHim() {
        ServiceReport report = report();
        report.assignTo(agente, agente, NOW.plusMinutes(5), "Voy en camino");
        assertEquals(ReportStatus.ASSIGNED, report.getStatus());
        assertSame(agente, report.getAssignee());
        ReportTransition step = last(report);
        assertEquals(ReportTransition.Kind.STEP, step.getKind());
        assertEquals(ReportStatus.RECEIVED, step.getFrom());
        assertEquals(ReportStatus.ASSIGNED, step.getTo());
        assertSame(agente, step.getActor());
        assertSame(agente, step.getAssignee());
        assertEquals(NOW.plusMinutes(5), step.getAt());
        assertEquals("Voy en camino", step.getText());
    }

    @Test
    void aReportIsGivenOnlyToAnActiveAgentOfItsDepartment() {
        ServiceReport report = report();
        refused("report.agent.otherDepartment", () -> report.assignTo(agenteServicios, gerente, NOW, null));
        refused("report.agent.otherDepartment", () -> report.assignTo(gerente, gerente, NOW, null));
        refused("report.agent.otherDepartment", () -> report.assignTo(null, gerente, NOW, null));
        assertUnchanged(report, ReportStatus.RECEIVED, 1);
        assertNull(report.getAssignee());
    }

    @Test
    void aManagerHandsAnAssignedReportOverWithoutChangingItsStatus() {
        UserAccount otra = staff("agente3", obras, metepec, Role.AGENTE);
        ServiceReport report = report();
        report.assignTo(agente, agente, NOW, null);
        report.giveTo(otra, gerente, NOW.plusHours(1), "Ana conoce la zona");
        assertEquals(ReportStatus.ASSIGNED, report.getStatus());
        assertSame(otra, report.getAssignee());
        ReportTransition step = last(report);
        assertEquals(ReportTransition.Kind.HANDOVER, step.getKind());
        assertFalse(step.getKind().isPublic(), "the reporter does not see a hand-over");
        assertSame(gerente, step.getActor());
        assertSame(otra, step.getAssignee());
        RuleViolation again = refused("report.agent.already", () -> report.giveTo(otra, gerente, NOW, null));
        assertEquals("Agente3 Nombre", again.getArguments()[0]);
        assertEquals(3, report.getHistory().size());
    }

    @Test
    void workStartsOnAReceivedReportAndTheStepIsRecorded() {
        ServiceReport report = report();
        report.startWork(agente, NOW, null);
        assertEquals(ReportStatus.IN_PROGRESS, report.getStatus());
        assertNull(report.getAssignee(), "starting work assigns nobody");
        assertEquals(ReportStatus.IN_PROGRESS, last(report).getTo());
        assertNull(last(report).getText());
    }

    @Test
    void aResolutionNeedsANoteAndRecordsWhenAndHowLongInBusinessTime() {
        ServiceReport report = inProgress();
        refused("report.note.required", () -> report.resolve(agente, NOW, " ", Duration.ofHours(5)));
        assertThrows(IllegalArgumentException.class, () -> report.resolve(agente, NOW, "Listo", null));
        assertThrows(IllegalArgumentException.class, () -> report.resolve(agente, NOW, "Listo", Duration.ofHours(-1)));
        assertUnchanged(report, ReportStatus.IN_PROGRESS, 2);
        report.resolve(agente, NOW.plusDays(1), "Se rellenó el bache", Duration.ofMinutes(300));
        assertEquals(ReportStatus.RESOLVED, report.getStatus());
        assertEquals(NOW.plusDays(1), report.getResolvedAt());
        assertEquals(300, report.getBusinessMinutesToResolve());
        assertEquals("Se rellenó el bache", last(report).getText());
        assertTrue(report.isWithinDeadline(), "resolved before the due time");
    }

    @Test
    void aReopenedReportForgetsItsResolutionAndNeedsANote() {
        ServiceReport report = resolved();
        refused("report.note.required", () -> report.reopen(agente, NOW, null));
        assertEquals(ReportStatus.RESOLVED, report.getStatus());
        report.reopen(agente, NOW.plusHours(2), "El bache sigue ahí");
        assertEquals(ReportStatus.IN_PROGRESS, report.getStatus());
        assertNull(report.getResolvedAt());
        assertNull(report.getBusinessMinutesToResolve());
        assertEquals(ReportStatus.RESOLVED, last(report).getFrom());
        assertEquals("El bache sigue ahí", last(report).getText());
    }

    @Test
    void closingARecordsWhenItClosed() {
        ServiceReport report = resolved();
        report.close(agente, NOW.plusDays(3), null);
        assertEquals(ReportStatus.CLOSED, report.getStatus());
        assertEquals(NOW.plusDays(3), report.getClosedAt());
        assertFalse(report.getStatus().isOpen());
    }

    @Test
    void theReporterCorrectsTheContactOfAnOpenReportWithoutAHistoryStepButNotOfAFinishedOne() {
        ServiceReport report = report();
        report.correctContact(new Contact(" Ana Ruiz ", "ANA@example.mx", "722 100 2000"));
        assertEquals("Ana Ruiz", report.getContact().getName());
        assertEquals("ana@example.mx", report.getContact().getEmail());
        assertEquals("722 100 2000", report.getContact().getPhone());
        assertUnchanged(report, ReportStatus.RECEIVED, 1);
        report.correctContact(null);
        assertTrue(report.getContact().isAnonymous(), "every field left empty: no contact");

        ServiceReport closed = resolved();
        closed.close(agente, NOW.plusDays(3), null);
        assertThrows(IllegalStateException.class, () -> closed.correctContact(new Contact("Otro", null, null)));
        assertNull(closed.getContact().getName(), "a finished report keeps the contact it was filed with");
    }

    @Test
    void aRejectionNeedsAReasonAndClosesTheReport() {
        ServiceReport report = report();
        refused("report.note.required", () -> report.reject(agente, NOW, ""));
        assertUnchanged(report, ReportStatus.RECEIVED, 1);
        report.reject(agente, NOW.plusHours(1), "Es una obra particular");
        assertEquals(ReportStatus.REJECTED, report.getStatus());
        assertEquals(NOW.plusHours(1), report.getClosedAt());
        assertEquals("Es una obra particular", last(report).getText());
    }

    @Test
    void aDuplicatePointsAtAnotherOriginalOfTheSameMunicipality() {
        ServiceReport original = report();
        ServiceReport report = report();
        refused("report.duplicate.unknown", () -> report.markDuplicateOf(report, agente, NOW));
        refused("report.duplicate.unknown", () -> report.markDuplicateOf(null, agente, NOW));
        ServiceReport inToluca = new ServiceReport(
                new Folio("TOL", 2026, 9),
                alumbradoToluca,
                "Sin luz",
                centroToluca,
                null,
                null,
                null,
                Channel.WEB,
                null,
                null,
                Terms.of(NOW, NOW.plusHours(18), NOW.plusHours(24)),
                NOW,
                null);
        refused("report.duplicate.unknown", () -> report.markDuplicateOf(inToluca, agente, NOW));
        ServiceReport copy = report();
        copy.markDuplicateOf(original, agente, NOW);
        RuleViolation ofCopy = refused("report.duplicate.ofDuplicate", () -> report.markDuplicateOf(copy, agente, NOW));
        assertEquals(copy.getFolio(), ofCopy.getArguments()[0]);
        assertUnchanged(report, ReportStatus.RECEIVED, 1);

        report.markDuplicateOf(original, agente, NOW.plusMinutes(1));
        assertEquals(ReportStatus.DUPLICATE, report.getStatus());
        assertSame(original, report.getDuplicateOf());
        assertEquals(NOW.plusMinutes(1), report.getClosedAt());
        assertEquals(original.getFolio(), last(report).getText(), "the step names the original");
    }

    @Test
    void aReassignedReportGoesToTheOtherDepartmentWithNobodyAndKeepsItsStatus() {
        ServiceReport report = report();
        report.assignTo(agente, agente, NOW, null);
        refused(
                "report.department.required",
                () -> report.reassign(new Department(toluca, "Obras", null), gerente, NOW, null));
        refused("report.department.required", () -> report.reassign(null, gerente, NOW, null));
        report.reassign(servicios, gerente, NOW, "Le toca a Servicios");
        assertEquals(ReportStatus.ASSIGNED, report.getStatus());
        assertSame(servicios, report.getDepartment());
        assertNull(report.getAssignee());
        assertEquals("Dirección de Servicios Públicos", last(report).getActorUnit(), "the new department is named");
        assertEquals(3, report.getHistory().size());
    }

    @Test
    void anInternalNoteIsAtMostTwoThousandCharacters() {
        ServiceReport report = report();
        RuleViolation tooLong =
                refused("report.internalNote.tooLong", () -> report.noteInternally(operador, NOW, "x".repeat(2001)));
        assertEquals("internalNote", tooLong.getField());
        assertEquals(2000, tooLong.getArguments()[0]);
        report.noteInternally(operador, NOW, "x".repeat(2000));
        assertEquals(ReportTransition.Kind.NOTE, last(report).getKind());
        assertSame(operador, last(report).getActor());
    }

    @Test
    void evidenceIsAtMostFivePhotos() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        ServiceReport report = resolved();
        for (int i = 0; i < 5; i++) {
            report.attachEvidence(PhotoType.PNG, png);
        }
        RuleViolation sixth = refused("report.evidence.tooMany", () -> report.attachEvidence(PhotoType.PNG, png));
        assertEquals(5, sixth.getArguments()[0]);
        assertTrue(report.getPhotos().stream().allMatch(ReportPhoto::isEvidence));
    }

    @Test
    void theReportersOwnPhotosAreAtMostThree() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        ServiceReport report = report();
        for (int i = 0; i < ReportPhoto.MAX_PER_REPORT; i++) {
            report.attachPhoto(PhotoType.PNG, png);
        }
        assertThrows(IllegalStateException.class, () -> report.attachPhoto(PhotoType.PNG, png));
        assertEquals(ReportPhoto.MAX_PER_REPORT, report.getPhotos().size());
    }

    @Test
    void aTrackingCodeIsComparedWithoutCaseOrSpacesAndIsAtLeastEightCharacters() {
        ServiceReport report = report();
        assertThrows(IllegalArgumentException.class, () -> report.protectWithTrackingCode("ABC1234"));
        assertFalse(report.isTrackedWith("ABCD2345"), "no code yet");
        report.protectWithTrackingCode("ABCD2345");
        assertTrue(report.isTrackedWith(" abcd2345 "));
        assertFalse(report.isTrackedWith("ABCD2346"));
        assertFalse(report.isTrackedWith(null));
    }

    @Test
    void theWatchMarksAnOpenReportAtRiskThenOverdueOnce() {
        ServiceReport report = report();
        assertTrue(report.markAtRisk());
        assertFalse(report.markAtRisk(), "at risk once");
        assertEquals(DeadlineState.AT_RISK, report.getDeadlineState());
        assertTrue(report.markOverdue());
        assertFalse(report.markOverdue());
        assertFalse(report.isWithinDeadline());
    }

    @Test
    void aResolutionTimeIsFilledInOnlyOnceAndOnlyForAResolvedReport() {
        ServiceReport open = report();
        assertThrows(IllegalStateException.class, () -> open.recordResolutionTime(Duration.ofHours(1)));
        ServiceReport report = resolved();
        assertThrows(
                IllegalStateException.class,
                () -> report.recordResolutionTime(Duration.ofHours(1)),
                "resolve() already recorded it");
        assertEquals(300, report.getBusinessMinutesToResolve());
    }

    @Test
    void anAgentOfTheDepartmentIsOfferedTheStatusStepsAndTakingButNotAssigning() {
        assertEquals(
                EnumSet.of(ReportStep.TAKE, ReportStep.START, ReportStep.REJECT, ReportStep.DUPLICATE),
                report().stepsFor(agente));
        ServiceReport assigned = report();
        assigned.assignTo(agente, agente, NOW, null);
        assertEquals(EnumSet.of(ReportStep.START, ReportStep.REJECT, ReportStep.DUPLICATE), assigned.stepsFor(agente));
        assertEquals(
                EnumSet.of(ReportStep.RESOLVE, ReportStep.REJECT, ReportStep.DUPLICATE),
                inProgress().stepsFor(agente));
        assertEquals(
                EnumSet.of(ReportStep.CLOSE, ReportStep.REOPEN),
                resolved().stepsFor(agente),
                "a resolved report is reopened, not started");
        ServiceReport closed = resolved();
        closed.close(agente, NOW, null);
        assertEquals(Set.of(), closed.stepsFor(agente));
    }

    @Test
    void anAgentOfAnotherDepartmentDoesNotTakeTheReport() {
        assertEquals(
                EnumSet.of(ReportStep.START, ReportStep.REJECT, ReportStep.DUPLICATE),
                report().stepsFor(agenteServicios));
    }

    @Test
    void aManagerOrAnAdministratorAssignsAndReassignsOnlyWhileTheReportIsOpen() {
        Set<ReportStep> received = EnumSet.of(
                ReportStep.START, ReportStep.REJECT, ReportStep.DUPLICATE, ReportStep.ASSIGN, ReportStep.REASSIGN);
        assertEquals(received, report().stepsFor(gerente));
        assertEquals(received, report().stepsFor(admin));
        assertEquals(EnumSet.of(ReportStep.CLOSE, ReportStep.REOPEN), resolved().stepsFor(gerente));
        UserAccount agenteYGerente = staff("jefa", obras, metepec, Role.AGENTE, Role.GERENTE);
        assertEquals(
                EnumSet.of(
                        ReportStep.TAKE,
                        ReportStep.START,
                        ReportStep.REJECT,
                        ReportStep.DUPLICATE,
                        ReportStep.ASSIGN,
                        ReportStep.REASSIGN),
                report().stepsFor(agenteYGerente));
    }

    @Test
    void anOperatorOrNobodyIsOfferedNoStep() {
        assertEquals(Set.of(), report().stepsFor(operador));
        assertEquals(Set.of(), report().stepsFor(null));
        assertFalse(ServiceReport.worksReports(operador));
        assertTrue(ServiceReport.worksReports(gerente));
    }

    @Test
    void theVerbsRefuseWhatTheStatusDoesNotOffer() {
        ServiceReport report = resolved();
        assertFalse(report.allows(ReportStep.START));
        assertThrows(IllegalStateException.class, () -> report.startWork(agente, NOW, null));
        assertFalse(report.allows(ReportStep.ASSIGN));
        assertThrows(IllegalStateException.class, () -> report.giveTo(agente, gerente, NOW, null));
        assertFalse(report.allows(ReportStep.REASSIGN));
        assertThrows(IllegalStateException.class, () -> report.reassign(servicios, gerente, NOW, null));
        assertUnchanged(report, ReportStatus.RESOLVED, 3);
    }

    private ServiceReport report() {
        return new ServiceReport(
                new Folio("MET", 2026, folios++),
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

    private ServiceReport inProgress() {
        ServiceReport report = report();
        report.startWork(agente, NOW, null);
        return report;
    }

    private ServiceReport resolved() {
        ServiceReport report = inProgress();
        report.resolve(agente, NOW, "Se rellenó el bache", Duration.ofHours(5));
        return report;
    }

    private static ReportTransition last(ServiceReport report) {
        return report.getHistory().get(report.getHistory().size() - 1);
    }

    private static RuleViolation refused(String key, Executable verb) {
        RuleViolation refusal = assertThrows(RuleViolation.class, verb);
        assertEquals(key, refusal.getMessageKey());
        return refusal;
    }

    private static void assertUnchanged(ServiceReport report, ReportStatus status, int steps) {
        assertEquals(status, report.getStatus());
        assertEquals(steps, report.getHistory().size());
    }

    private static UserAccount staff(String username, Department department, Body body, Role... roles) {
        String name = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Nombre";
        return UserAccount.staff(
                username, name, username + "@demo.puente.mx", HASH, body, department, Set.of(roles), NOW);
    }
}
