package org.puente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.identity.PasswordPolicy.Problem;
import org.puente.platform.BusinessException;

/** The password policy, rule by rule, with the passwords written out by hand. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertEquals(List.of(), PasswordPolicy.problems("río-lerma-27", "ana.lopez", "ana@example.mx"));
        assertEquals(List.of(Problem.TOO_SHORT), PasswordPolicy.problems("río-lerma-2", "ana.lopez", "ana@example.mx"));
        assertEquals(List.of(Problem.TOO_SHORT, Problem.COMMON), PasswordPolicy.problems("demo", "ana.lopez", null));
        assertEquals(List.of(Problem.TOO_SHORT), PasswordPolicy.problems("", "ana.lopez", null));
        assertEquals(List.of(Problem.TOO_SHORT), PasswordPolicy.problems(null, "ana.lopez", null));
    }

    @Test
    void theLongestIs128Characters() {
        String longest = "abcdefgh".repeat(16);
        assertEquals(128, longest.length());
        assertEquals(List.of(), PasswordPolicy.problems(longest, "ana.lopez", null));
        assertEquals(List.of(Problem.TOO_LONG), PasswordPolicy.problems(longest + "x", "ana.lopez", null));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        // entries of zxcvbn-ts's list of 12 characters or more
        assertEquals(List.of(Problem.COMMON), PasswordPolicy.problems("1qaz2wsx3edc", "ana.lopez", null));
        assertEquals(List.of(Problem.COMMON), PasswordPolicy.problems("qwerty123456", "ana.lopez", null));
        assertEquals(List.of(Problem.COMMON), PasswordPolicy.problems("LeaveMeAlone", "ana.lopez", null));
        // our Spanish supplement
        assertEquals(List.of(Problem.COMMON), PasswordPolicy.problems("Contraseña123", "ana.lopez", null));
        assertEquals(List.of(Problem.COMMON), PasswordPolicy.problems("bienvenido123", "ana.lopez", null));
        // a common password that is also short says both
        assertEquals(
                List.of(Problem.TOO_SHORT, Problem.COMMON), PasswordPolicy.problems("password", "ana.lopez", null));
        // a long one made of common words is not itself common
        assertEquals(List.of(), PasswordPolicy.problems("password dragon monkey", "ana.lopez", null));
    }

    @Test
    void thePasswordDoesNotContainTheUserNameOrTheEmail() {
        assertEquals(List.of(Problem.CONTAINS_USERNAME), PasswordPolicy.problems("ana.lopez2026!", "ana.lopez", null));
        assertEquals(List.of(Problem.CONTAINS_USERNAME), PasswordPolicy.problems("ANA.LOPEZ-clave", "ana.lopez", null));
        assertEquals(
                List.of(Problem.CONTAINS_EMAIL),
                PasswordPolicy.problems("ana.l@example.mx", "ana.lopez", "ana.l@example.mx"));
        // a citizen's user name is his e-mail: said once
        assertEquals(
                List.of(Problem.CONTAINS_USERNAME),
                PasswordPolicy.problems("vecina@example.mx", "vecina@example.mx", "vecina@example.mx"));
        assertEquals(List.of(), PasswordPolicy.problems("una frase larga de verdad", null, null));
    }

    @Test
    void refusalsCarryTheFieldTheKeyAndTheNumber() {
        List<BusinessException> refusals = PasswordPolicy.refusals("newPassword", "corta", "ana.lopez", null);
        assertEquals(1, refusals.size());
        assertEquals("newPassword", refusals.get(0).getField());
        assertEquals("password.policy.tooShort", refusals.get(0).getMessageKey());
        assertEquals(List.of(12), List.of(refusals.get(0).getArguments()));
        BusinessException tooLong =
                PasswordPolicy.refusals("password", "x".repeat(129), null, null).get(0);
        assertEquals("password.policy.tooLong", tooLong.getMessageKey());
        assertEquals(List.of(128), List.of(tooLong.getArguments()));
        assertEquals(
                "password.policy.common",
                PasswordPolicy.refusals("password", "administrador", null, null)
                        .get(0)
                        .getMessageKey());
    }
}
