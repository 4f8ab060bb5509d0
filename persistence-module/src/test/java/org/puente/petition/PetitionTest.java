package org.puente.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockLight;
import org.puente.casework.ClockOutcome;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockSpan;
import org.puente.casework.ClockTerms;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.casework.PauseRules;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;
import org.puente.report.Contact;

/**
 * A petition's rules in memory: which steps each kind of staff member is offered, who sees a reserved
 * filer, the transitions its verbs make, an extension before and after the due date, and whether a response
 * met its term. Every date was counted by hand on a calendar of November and December 2026 (Metepec: Monday
 * to Friday, 9:00 to 18:00, Christmas a holiday).
 */
class PetitionTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    /** Received Monday 30 November 2026 at 10:00: day 1 is Tue 1 Dec; the 15th business day is Mon 21 Dec. */
    private static final OffsetDateTime RECEIVED = mexico("2026-11-30T10:00");

    private static final LegalClock METEPEC = new LegalClock(ClockCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Map.of(LocalDate.of(2026, 12, 25), "Navidad", LocalDate.of(2027, 1, 1), "Año Nuevo"),
            ZONE));
    /** The municipal preset with what a municipality adds: 10 more days, a prevención (asked within 5, answered within 10), referral within 3. */
    private static final ClockTerms TERMS = ClockPreset.MX_MUNICIPAL
            .terms()
            .withExtension(10)
            .withPause(new PauseRules(ClockSpan.businessDays(5), ClockSpan.businessDays(10), false, false))
            .withReferral(ClockSpan.businessDays(3));

    private final Body agency = new Body("ADEM", "Agencia Digital", BodyKind.AGENCIA, "Estado de México", ZONE);
    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Body toluca = new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final Department servicios = new Department(metepec, "Dirección de Servicios Públicos", null);
    private final UserAccount operador = staff("operador", null, metepec, Role.OPERADOR);
    private final UserAccount agente = staff("agente", obras, metepec, Role.AGENTE);
    private final UserAccount agente2 = staff("agente2", obras, metepec, Role.AGENTE);
    private final UserAccount agenteServicios = staff("agenteservicios", servicios, metepec, Role.AGENTE);
    private final UserAccount gerenteObras = staff("gerente", obras, metepec, Role.GERENTE);
    private final UserAccount agenteToluca =
            staff("agentetoluca", new Department(toluca, "Obras", null), toluca, Role.AGENTE);
    private final UserAccount admin = staff("admin", null, agency, Role.ADMIN);

    @Test
    void aNewPetitionIsReceivedWithItsDueDateAndOneEntry() {
        Petition p = petition(CaseIdentity.IDENTIFIED, null);
        assertEquals(PetitionStatus.RECIBIDA, p.getStatus());
        assertEquals("MET-PQR-2026-000001", p.getFolio());
        assertEquals(mexico("2026-12-21T18:00"), p.getClock().getDueAt());
        assertEquals(ClockLight.EN_TERMINO, p.getClock().lightAt(mexico("2026-12-01T09:00")));
        assertEquals(ClockLight.VENCIDO, p.getClock().lightAt(mexico("2026-12-21T18:01")));
        assertEquals(List.of(PetitionEntry.Kind.RECEIVED), kinds(p));
    }

    @Test
    void theStepsOfEachRoleOnAPetitionNotYetRouted() {
        Petition p = petition(CaseIdentity.IDENTIFIED, null);
        assertEquals(
                EnumSet.of(
                        PetitionStep.ROUTE,
                        PetitionStep.NOTE,
                        PetitionStep.RESPOND,
                        PetitionStep.REFER,
                        PetitionStep.EXTEND,
                        PetitionStep.PREVENT),
                p.stepsFor(operador),
                "the intake desk works what it has not routed");
        assertEquals(
                EnumSet.of(
                        PetitionStep.ROUTE,
                        PetitionStep.NOTE,
                        PetitionStep.RESPOND,
                        PetitionStep.REFER,
                        PetitionStep.EXTEND,
                        PetitionStep.PREVENT),
                p.stepsFor(gerenteObras),
                "a manager works the whole municipality's, routed or not");
        assertEquals(Set.of(), p.stepsFor(agente), "no department yet: no agent works it");
        assertEquals(Set.of(), p.stepsFor(agenteToluca));
        assertFalse(p.worksIt(agenteToluca));
        assertTrue(p.worksIt(admin));
    }

    @Test
    void theStepsOfEachRoleOnceRoutedToADepartment() {
        Petition p = petition(CaseIdentity.IDENTIFIED, null);
        p.route(obras, operador, mexico("2026-11-30T11:00"));
        Set<PetitionStep> department = EnumSet.of(
                PetitionStep.ASSIGN,
                PetitionStep.NOTE,
                PetitionStep.RESPOND,
                PetitionStep.REFER,
                PetitionStep.EXTEND,
                PetitionStep.PREVENT);
        assertEquals(department, p.stepsFor(agente));
        Set<PetitionStep> manager = EnumSet.copyOf(department);
        manager.add(PetitionStep.ROUTE);
        assertEquals(manager, p.stepsFor(gerenteObras));
        assertEquals(EnumSet.of(PetitionStep.ROUTE, PetitionStep.NOTE), p.stepsFor(operador));
        assertEquals(Set.of(), p.stepsFor(agenteServicios), "another department's agent");
        assertEquals(Set.of(), p.stepsFor(agenteToluca), "another body's agent");
        violates("petition.step.notAllowed", () -> p.respond(METEPEC, "Respuesta", agenteServicios, RECEIVED));
    }

    @Test
    void termsWithoutExtensionPreventionOrReferralOfferNone() {
        Petition p = new Petition(
                new Folio("MET", "PQR", 2026, 7),
                metepec,
                obras,
                PetitionType.PETICION,
                null,
                CaseIdentity.IDENTIFIED,
                PetitionChannel.WEB,
                "Poda",
                "Solicito la poda del árbol frente a mi casa.",
                new Contact("Vecina", null, "7221234567"),
                null,
                CaseClock.received(RECEIVED, ClockPreset.MX_MUNICIPAL.terms()),
                METEPEC);
        assertEquals(EnumSet.of(PetitionStep.ASSIGN, PetitionStep.NOTE, PetitionStep.RESPOND), p.stepsFor(agente));
    }

    @Test
    void aReservedFilerIsSeenByTheIntakeDeskAlone() {
        Petition reserved = petition(CaseIdentity.RESERVED, obras);
        assertTrue(reserved.filerVisibleTo(operador));
        assertFalse(reserved.filerVisibleTo(agente), "the department works it without seeing who filed it");
        assertFalse(reserved.filerVisibleTo(gerenteObras));
        assertFalse(reserved.filerVisibleTo(admin));
        assertFalse(reserved.filerVisibleTo(agenteToluca));

        Petition identified = petition(CaseIdentity.IDENTIFIED, obras);
        assertTrue(identified.filerVisibleTo(agente));
        assertTrue(identified.filerVisibleTo(operador));
        assertFalse(identified.filerVisibleTo(agenteServicios), "not his department's");
        assertFalse(identified.filerVisibleTo(agenteToluca));
    }

    @Test
    void anAnonymousFilerIsSeenByNobody() {
        Petition anonymous = new Petition(
                new Folio("MET", "PQR", 2026, 9),
                metepec,
                obras,
                PetitionType.DENUNCIA,
                null,
                CaseIdentity.ANONYMOUS,
                PetitionChannel.WEB,
                "Tiradero",
                "Tiran cascajo en el camellón cada noche.",
                Contact.none(),
                null,
                CaseClock.received(RECEIVED, TERMS),
                METEPEC);
        assertFalse(anonymous.filerVisibleTo(operador));
        assertFalse(anonymous.filerVisibleTo(agente));
        assertFalse(anonymous.filerVisibleTo(admin));
    }

    @Test
    void takingItMovesItIntoProcessAndANoteChangesNoStatus() {
        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        violates("petition.assignee.self", () -> p.assign(agente2, agente, mexico("2026-11-30T12:00")));
        p.assign(agente, agente, mexico("2026-11-30T12:00"));
        assertEquals(PetitionStatus.EN_TRAMITE, p.getStatus());
        assertEquals(agente, p.getAssignee());
        p.assign(agente2, gerenteObras, mexico("2026-11-30T13:00"));
        assertEquals(agente2, p.getAssignee(), "a manager gives it to another agent");
        p.note("Llamé al vecino; confirma el domicilio.", agente2, mexico("2026-11-30T14:00"));
        assertEquals(PetitionStatus.EN_TRAMITE, p.getStatus());
        violates("petition.note.required", () -> p.note("  ", agente2, mexico("2026-11-30T15:00")));
        assertFalse(p.getHistory().get(3).isPublic(), "a note is never the citizen's to read");
        assertEquals(
                List.of(
                        PetitionEntry.Kind.RECEIVED,
                        PetitionEntry.Kind.ASSIGNED,
                        PetitionEntry.Kind.ASSIGNED,
                        PetitionEntry.Kind.NOTE),
                kinds(p));
    }

    @Test
    void anExtensionIsAcceptedBeforeTheDueDateAndRefusedAfterIt() {
        Petition late = petition(CaseIdentity.IDENTIFIED, obras);
        violates("clock.extension.late", () -> late.extend(METEPEC, 5, "Tarde", agente, mexico("2026-12-21T18:01")));
        assertNull(late.getClock().getExtendedAt(), "nothing changed");
        assertEquals(1, late.getHistory().size());

        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        violates("petition.reason.required", () -> p.extend(METEPEC, 5, " ", agente, mexico("2026-12-18T12:00")));
        violates("clock.extension.max", () -> p.extend(METEPEC, 11, "Demasiado", agente, mexico("2026-12-18T12:00")));
        // 5 more business days after Mon 21 Dec: Tue 22, Wed 23, Thu 24, (Fri 25 Navidad), Mon 28, Tue 29.
        p.extend(METEPEC, 5, "Se consulta a Desarrollo Urbano.", agente, mexico("2026-12-18T12:00"));
        assertEquals(mexico("2026-12-29T18:00"), p.getClock().getDueAt());
        assertFalse(p.stepsFor(agente).contains(PetitionStep.EXTEND), "once");
        assertEquals(PetitionEntry.Kind.EXTENDED, kinds(p).get(1));
    }

    @Test
    void aResponseRecordsWhetherItMetItsTerm() {
        Petition onTime = petition(CaseIdentity.IDENTIFIED, obras);
        violates("petition.response.required", () -> onTime.respond(METEPEC, "", agente, mexico("2026-12-21T17:00")));
        onTime.respond(METEPEC, "Se podó el árbol el 15 de diciembre.", agente, mexico("2026-12-21T17:00"));
        assertEquals(PetitionStatus.RESPONDIDA, onTime.getStatus());
        assertEquals(Boolean.TRUE, onTime.getClock().getMetTerm());
        assertEquals(ClockOutcome.Ending.ANSWERED, onTime.getClock().getEnding());
        assertEquals(mexico("2026-12-21T17:00"), onTime.getRespondedAt());
        assertEquals("Se podó el árbol el 15 de diciembre.", onTime.getResponse());
        assertEquals(ClockLight.ATENDIDO, onTime.getClock().lightAt(mexico("2027-01-10T10:00")));
        assertEquals(Set.of(), onTime.stepsFor(agente), "a closed petition offers nothing");
        violates("petition.step.notAllowed", () -> onTime.respond(METEPEC, "Otra", agente, mexico("2026-12-22T09:00")));

        Petition late = petition(CaseIdentity.IDENTIFIED, obras);
        late.respond(METEPEC, "Respuesta tardía.", agente, mexico("2026-12-22T10:00"));
        assertEquals(Boolean.FALSE, late.getClock().getMetTerm());
    }

    @Test
    void aPreventionStopsTheClockAndASilentCitizenWithdraws() {
        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        violates("petition.request.required", () -> p.prevent(METEPEC, " ", agente, mexico("2026-12-02T10:00")));
        p.prevent(METEPEC, "Indique el domicilio exacto del árbol.", agente, mexico("2026-12-02T10:00"));
        assertEquals(PetitionStatus.PREVENIDA, p.getStatus());
        assertTrue(p.getClock().isPaused());
        assertNull(p.getClock().getDueAt(), "no due date while the citizen is asked");
        assertEquals(EnumSet.of(PetitionStep.ASSIGN, PetitionStep.NOTE), p.stepsFor(agente));
        // His 10 business days from Wed 2 Dec: Thu 3, Fri 4, Mon 7 ... Fri 11 (7), Mon 14, Tue 15, Wed 16 at 18:00.
        assertFalse(p.withdrawIfSilent(METEPEC, mexico("2026-12-16T18:00")));
        assertEquals(PetitionStatus.PREVENIDA, p.getStatus());
        assertTrue(p.withdrawIfSilent(METEPEC, mexico("2026-12-16T18:01")));
        assertEquals(PetitionStatus.DESISTIDA, p.getStatus());
        assertEquals(ClockOutcome.Ending.WITHDRAWN, p.getClock().getEnding());
        assertEquals(PetitionEntry.Kind.WITHDRAWN, kinds(p).get(kinds(p).size() - 1));
        assertFalse(p.withdrawIfSilent(METEPEC, mexico("2026-12-17T09:00")), "once");
    }

    @Test
    void aCitizenWhoAnswersPutsItBackInProcess() {
        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        p.prevent(METEPEC, "Indique el domicilio.", agente, mexico("2026-12-02T10:00"));
        p.citizenAnswers(METEPEC, "Calle Morelos 12, frente a la escuela.", mexico("2026-12-09T12:00"));
        assertEquals(PetitionStatus.EN_TRAMITE, p.getStatus());
        assertFalse(p.getClock().isPaused());
        assertFalse(p.stepsFor(agente).contains(PetitionStep.PREVENT), "one prevención");
        assertTrue(p.stepsFor(agente).contains(PetitionStep.RESPOND));
    }

    @Test
    void aReferralWithinItsDaysClosesIt() {
        Petition late = petition(CaseIdentity.IDENTIFIED, obras);
        // 3 business days from Mon 30 Nov: Tue 1, Wed 2, Thu 3 Dec at 18:00.
        violates(
                "clock.referral.late",
                () -> late.refer(METEPEC, "Junta de Caminos", "Vía estatal", agente, mexico("2026-12-03T18:01")));
        assertEquals(PetitionStatus.RECIBIDA, late.getStatus());

        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        violates(
                "petition.referredTo.required",
                () -> p.refer(METEPEC, " ", "Vía estatal", agente, mexico("2026-12-03T17:00")));
        p.refer(
                METEPEC,
                "Junta de Caminos del Estado de México",
                "Es vía estatal.",
                agente,
                mexico("2026-12-03T17:00"));
        assertEquals(PetitionStatus.REMITIDA, p.getStatus());
        assertEquals("Junta de Caminos del Estado de México", p.getReferredTo());
        assertEquals(ClockOutcome.Ending.REFERRED, p.getClock().getEnding());
    }

    @Test
    void routingRefusesTheSameDepartmentAndAnotherBodysAndReleasesTheAssignee() {
        Petition p = petition(CaseIdentity.IDENTIFIED, obras);
        p.assign(agente, agente, mexico("2026-11-30T12:00"));
        violates("department", "petition.department.same", () -> p.route(obras, gerenteObras, RECEIVED));
        violates(
                "department",
                "petition.department.otherBody",
                () -> p.route(new Department(toluca, "Obras", null), gerenteObras, RECEIVED));
        p.route(servicios, gerenteObras, mexico("2026-11-30T13:00"));
        assertEquals(servicios, p.getDepartment());
        assertNull(p.getAssignee());
        assertFalse(p.worksIt(agente), "no longer his department's");
    }

    private Petition petition(CaseIdentity identity, Department department) {
        return new Petition(
                new Folio("MET", "PQR", 2026, 1),
                metepec,
                department,
                PetitionType.QUEJA,
                null,
                identity,
                PetitionChannel.PHONE,
                "Árbol a punto de caer",
                "El árbol de la esquina está inclinado sobre los cables.",
                new Contact("María López", "maria@example.mx", "7221234567"),
                null,
                CaseClock.received(RECEIVED, TERMS),
                METEPEC);
    }

    private static List<PetitionEntry.Kind> kinds(Petition p) {
        return p.getHistory().stream().map(PetitionEntry::getKind).toList();
    }

    private static OffsetDateTime mexico(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "-06:00");
    }

    private static UserAccount staff(String username, Department department, Body body, Role... roles) {
        String name = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Nombre";
        return UserAccount.staff(
                username, name, username + "@demo.puente.mx", HASH, body, department, Set.of(roles), NOW);
    }

    private static void violates(String key, Executable step) {
        assertEquals(key, assertThrows(RuleViolation.class, step).getMessageKey());
    }

    private static void violates(String field, String key, Executable step) {
        RuleViolation refused = assertThrows(RuleViolation.class, step);
        assertEquals(key, refused.getMessageKey());
        assertEquals(field, refused.getField());
    }
}
