package org.puente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoFactorPolicyTest {

    @Test
    void administratorsNeedACodeOutsideTheDemoWhateverWasChosen() {
        assertEquals(EnumSet.of(Role.ADMIN), TwoFactorPolicy.required(List.of(), false));
        assertEquals(EnumSet.of(Role.ADMIN, Role.OPERADOR), TwoFactorPolicy.required(List.of(Role.OPERADOR), false));
    }

    @Test
    void inTheDemoOnlyTheChosenRolesNeedOne() {
        assertEquals(EnumSet.noneOf(Role.class), TwoFactorPolicy.required(List.of(), true));
        assertEquals(EnumSet.of(Role.GERENTE), TwoFactorPolicy.required(List.of(Role.GERENTE), true));
        assertEquals(EnumSet.of(Role.ADMIN), TwoFactorPolicy.required(List.of(Role.ADMIN), true));
    }
}
