package org.puente.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataScrubTest {

    private final PersonalDataScrub ana =
            PersonalDataScrub.of(Arrays.asList("Ana López", "ana@example.mx", "722 123 4567", null, " ", "Al"));

    @Test
    void everyOccurrenceInAnyCaseAndAPhoneWithAnySeparatorsBetweenItsDigits() {
        assertEquals(
                "Llamar a X (X) al X o al (X; X confirmó.",
                ana.apply(
                        "Llamar a Ana López (ANA@EXAMPLE.MX) al 722-123-4567 o al (722) 1234567; ana lópez confirmó.",
                        "X"));
        assertTrue(ana.findsIn("escribió ana@example.mx"));
        assertFalse(ana.findsIn("Ana Ruiz, 722 999 0000"), "another person with the same first name is left alone");
    }

    @Test
    void shortOrBlankIdentifiersAreIgnoredAndNullStaysNull() {
        assertEquals("Al fondo de la calle", ana.apply("Al fondo de la calle", "X"), "\"Al\" is too short to be one");
        assertNull(ana.apply(null, "X"));
        assertTrue(PersonalDataScrub.of(List.of("  ", "ab")).isEmpty());
    }

    @Test
    void theLongestIsReplacedFirst() {
        PersonalDataScrub nested = PersonalDataScrub.of(List.of("López", "Ana López"));
        assertEquals("X dijo", nested.apply("Ana López dijo", "X"));
    }

    @Test
    void aReplacementWithDollarSignsIsTakenLiterally() {
        assertEquals("[$1]", ana.apply("Ana López", "[$1]"));
    }
}
