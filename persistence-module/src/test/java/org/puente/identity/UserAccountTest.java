package org.puente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

class UserAccountTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private final Body agency =
            new Body("ADEM", "Agencia Digital", BodyKind.AGENCIA, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Department obras = new Department(metepec, "Obras Públicas", null);

    @Test
    void aCitizenSignsInWithHisEmailAndIsNotStaff() {
        UserAccount citizen = UserAccount.citizen("Ana@Example.MX", "Ana", "Ana@Example.MX", HASH, NOW);
        assertEquals("ana@example.mx", citizen.getUsername());
        assertEquals("ana@example.mx", citizen.getEmail());
        assertEquals(Set.of(Role.CIUDADANO), citizen.getRoles());
        assertFalse(citizen.isStaff());
        assertThrows(
                IllegalArgumentException.class,
                () -> UserAccount.citizen("ana2", "Ana", " ", HASH, NOW),
                "an e-mail is required");
    }

    @Test
    void aCitizenCorrectsHisNameAndEmailButKeepsHisUserName() {
        UserAccount citizen = UserAccount.citizen("ana@example.mx", "Ana", "ana@example.mx", HASH, NOW);
        citizen.correctOwnData("  Ana Ruiz López ", " Ana.Ruiz@Example.MX ");
        assertEquals("Ana Ruiz López", citizen.getFullName());
        assertEquals("ana.ruiz@example.mx", citizen.getEmail());
        assertEquals("ana@example.mx", citizen.getUsername());
        assertEquals(
                "registration.fullName.required",
                assertThrows(RuleViolation.class, () -> citizen.correctOwnData(" ", "ana@example.mx"))
                        .getMessageKey());
        assertEquals(
                "registration.fullName.tooLong",
                assertThrows(RuleViolation.class, () -> citizen.correctOwnData("a".repeat(201), "ana@example.mx"))
                        .getMessageKey());
        assertEquals(
                "registration.email.required",
                assertThrows(RuleViolation.class, () -> citizen.correctOwnData("Ana", ""))
                        .getMessageKey());
        assertEquals("Ana Ruiz López", citizen.getFullName(), "a refused correction changes nothing");
        UserAccount staff = UserAccount.staff("eva", "Eva", null, HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
        assertThrows(
                IllegalStateException.class,
                () -> staff.correctOwnData("Eva", "eva@example.mx"),
                "staff accounts are corrected by an administrator");
    }

    @Test
    void theAgencysRolesBelongToTheAgencyOnly() {
        assertThrows(
                IllegalArgumentException.class,
                () -> UserAccount.staff("eva", "Eva", null, HASH, metepec, null, Set.of(Role.EVALUADOR), NOW));
        UserAccount evaluator = UserAccount.staff("eva", "Eva", null, HASH, agency, null, Set.of(Role.EVALUADOR), NOW);
        assertTrue(evaluator.isAgencyWide());
    }

    @Test
    void anAgentWorksInADepartmentOfHisOwnBody() {
        assertThrows(
                IllegalArgumentException.class,
                () -> UserAccount.staff("jorge", "Jorge", null, HASH, metepec, null, Set.of(Role.AGENTE), NOW),
                "an agent needs a department");
        assertThrows(
                IllegalArgumentException.class,
                () -> UserAccount.staff("jorge", "Jorge", null, HASH, agency, obras, Set.of(Role.GERENTE), NOW),
                "the department is of another body");
        UserAccount agent = UserAccount.staff("jorge", "Jorge", null, HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
        assertFalse(agent.isAgencyWide());
        assertThrows(IllegalArgumentException.class, () -> agent.changeRoles(Set.of(Role.CIUDADANO)));
        assertThrows(IllegalArgumentException.class, () -> agent.changeRoles(Set.of()));
    }

    @Test
    void roleProblemsNameTheFieldAndKeyOfEachRefusal() {
        assertEquals(List.of(UserAccount.RoleProblem.NO_ROLE), UserAccount.roleProblems(metepec, null, Set.of()));
        assertEquals(List.of(UserAccount.RoleProblem.NO_ROLE), UserAccount.roleProblems(metepec, null, null));
        assertEquals(
                List.of(UserAccount.RoleProblem.AGENCY_ONLY, UserAccount.RoleProblem.AGENT_WITHOUT_DEPARTMENT),
                UserAccount.roleProblems(metepec, null, Set.of(Role.EVALUADOR, Role.AGENTE)));
        assertEquals(
                List.of(UserAccount.RoleProblem.FOREIGN_DEPARTMENT),
                UserAccount.roleProblems(agency, obras, Set.of(Role.GERENTE)));
        assertEquals(
                List.of(UserAccount.RoleProblem.NOT_STAFF),
                UserAccount.roleProblems(metepec, null, Set.of(Role.CIUDADANO)));
        assertEquals(List.of(), UserAccount.roleProblems(metepec, obras, Set.of(Role.AGENTE, Role.GERENTE)));
        assertEquals(List.of(), UserAccount.roleProblems(agency, null, Set.of(Role.EVALUADOR, Role.MODERADOR)));

        assertEquals("roles", UserAccount.RoleProblem.AGENCY_ONLY.field());
        assertEquals("staff.roles.agencyOnly", UserAccount.RoleProblem.AGENCY_ONLY.messageKey());
        assertEquals("department", UserAccount.RoleProblem.AGENT_WITHOUT_DEPARTMENT.field());
        assertEquals("staff.department.agentNeedsOne", UserAccount.RoleProblem.AGENT_WITHOUT_DEPARTMENT.messageKey());
        assertEquals("department", UserAccount.RoleProblem.FOREIGN_DEPARTMENT.field());
        assertEquals("roles", UserAccount.RoleProblem.NO_ROLE.field());
        assertEquals("staff.roles.required", UserAccount.RoleProblem.NO_ROLE.messageKey());
    }

    @Test
    void passwordsAreOnlyStoredHashed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> UserAccount.staff("luis", "Luis", null, "demo", metepec, null, Set.of(Role.GERENTE), NOW));
    }

    @Test
    void userNamesAreCheckedAndLowerCased() {
        assertEquals("gerente", UserAccount.normaliseUsername(" Gerente "));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.normaliseUsername("a b"));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.normaliseUsername("ab"));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.normaliseUsername(null));
    }

    @Test
    void changesOfWhatASessionWasGrantedRaiseTheSessionVersionAndOthersDoNot() {
        UserAccount account = UserAccount.staff("rosa", "Rosa", null, HASH, metepec, null, Set.of(Role.OPERADOR), NOW);
        assertEquals(0, account.getSessionVersion());
        account.editStaff("Rosa María Pérez", "Rosa@Example.MX", metepec, null, Set.of(Role.OPERADOR));
        assertEquals(0, account.getSessionVersion(), "a new name or e-mail leaves the sessions alone");
        assertEquals("Rosa María Pérez", account.getFullName());
        assertEquals("rosa@example.mx", account.getEmail());
        account.editStaff("Rosa María Pérez", null, metepec, null, Set.of(Role.OPERADOR, Role.GERENTE));
        assertEquals(1, account.getSessionVersion(), "other roles");
        account.changeRoles(Set.of(Role.OPERADOR, Role.GERENTE));
        assertEquals(1, account.getSessionVersion(), "the same roles again");
        account.editStaff("Rosa María Pérez", null, agency, null, Set.of(Role.OPERADOR));
        assertEquals(2, account.getSessionVersion(), "another body (and roles)");
        account.deactivate();
        assertFalse(account.isActive());
        assertEquals(3, account.getSessionVersion());
        account.deactivate();
        assertEquals(3, account.getSessionVersion(), "already inactive");
        account.activate();
        assertTrue(account.isActive());
        assertEquals(3, account.getSessionVersion());
        account.changePassword(HASH);
        assertEquals(3, account.getSessionVersion(), "the owner's own change under Mi cuenta keeps his session");
        account.resetPassword(HASH);
        assertEquals(4, account.getSessionVersion(), "a link set the password");
    }

    @Test
    void anEditKeepsTheRulesOfRoles() {
        UserAccount account = UserAccount.staff("rosa", "Rosa", null, HASH, metepec, null, Set.of(Role.OPERADOR), NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> account.editStaff("Rosa", null, metepec, null, Set.of(Role.ADMIN)),
                "agency only");
        assertThrows(
                IllegalArgumentException.class,
                () -> account.editStaff("Rosa", null, metepec, null, Set.of(Role.AGENTE)),
                "an agent needs a department");
        assertThrows(
                IllegalArgumentException.class,
                () -> account.editStaff(" ", null, metepec, null, Set.of(Role.OPERADOR)),
                "a name");
        assertEquals(Set.of(Role.OPERADOR), account.getRoles());
        assertEquals(0, account.getSessionVersion());
    }

    @Test
    void aPasswordLinkWorksOnlyOnceItWasSentAndThenOnce() {
        UserAccount account = UserAccount.staff("rosa", "Rosa", null, HASH, metepec, null, Set.of(Role.OPERADOR), NOW);
        PasswordToken link = new PasswordToken(account, PasswordToken.Purpose.RESET, NOW.plusMinutes(60));
        assertEquals(PasswordToken.State.UNKNOWN, link.state(NOW), "not sent yet: no token exists");
        link.issue("a".repeat(64));
        assertEquals(PasswordToken.State.USABLE, link.state(NOW.plusMinutes(59)));
        assertEquals(PasswordToken.State.EXPIRED, link.state(NOW.plusMinutes(60)));
        assertThrows(IllegalArgumentException.class, () -> link.issue("the-token-itself"));
        link.use(NOW.plusMinutes(10));
        assertEquals(PasswordToken.State.USED, link.state(NOW.plusMinutes(11)));
        assertThrows(IllegalStateException.class, () -> link.use(NOW.plusMinutes(12)));
    }

    @Test
    void aSecondFactorAcceptsEachTimeStepOnceAndInOrder() {
        UserAccount ana = UserAccount.staff("ana", "Ana", null, HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
        assertFalse(ana.hasSecondFactor());
        assertThrows(IllegalStateException.class, () -> ana.useCodeStep(100), "no second factor yet");
        ana.enableSecondFactor("gcm:sealed", 100, NOW);
        assertTrue(ana.hasSecondFactor());
        assertFalse(ana.useCodeStep(100), "the code that confirmed it is used");
        assertFalse(ana.useCodeStep(99), "an older one too");
        assertTrue(ana.useCodeStep(101));
        assertFalse(ana.useCodeStep(101), "replayed");
        assertEquals(101L, ana.getTotpLastStep());
        assertThrows(IllegalStateException.class, () -> ana.enableSecondFactor("gcm:other", 102, NOW), "already on");
        ana.disableSecondFactor();
        assertFalse(ana.hasSecondFactor());
        assertEquals(null, ana.getSealedTotpSecret());
        ana.enableSecondFactor("gcm:other", 5, NOW);
        assertTrue(ana.useCodeStep(6), "a new secret starts afresh");
    }

    @Test
    void anArcoCancellationBlocksThenLeavesNothingOfTheCitizen() throws Exception {
        UserAccount citizen = UserAccount.citizen("ana@example.mx", "Ana López", "ana@example.mx", HASH, NOW);
        java.lang.reflect.Field id = UserAccount.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(citizen, 4711L);
        citizen.signedIn(NOW);
        int sessions = citizen.getSessionVersion();
        String unusable = "PBKDF2WithHmacSHA512:210000:bmV3:dW51c2FibGU=";
        citizen.anonymise("Titular anonimizado", unusable, NOW.plusDays(1));
        assertFalse(citizen.isActive(), "blocked: it cannot sign in");
        assertEquals(sessions + 1, citizen.getSessionVersion(), "open sessions end");
        assertEquals("anonimo-4711", citizen.getUsername(), "the user name (his e-mail) is free again");
        assertEquals("Titular anonimizado", citizen.getFullName());
        assertEquals(null, citizen.getEmail());
        assertEquals(unusable, citizen.getPasswordHash());
        assertEquals(null, citizen.getLastLoginAt());
        assertTrue(citizen.isAnonymised());
        assertEquals(NOW.plusDays(1), citizen.getAnonymisedAt());
        assertThrows(IllegalStateException.class, citizen::activate, "never active again");

        UserAccount staff = UserAccount.staff(
                "agente", "Jorge", "agente@demo.puente.mx", HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
        assertThrows(
                IllegalStateException.class,
                () -> staff.anonymise("Titular anonimizado", unusable, NOW),
                "a staff account is the administrator's, not an ARCO request's");
    }
}
