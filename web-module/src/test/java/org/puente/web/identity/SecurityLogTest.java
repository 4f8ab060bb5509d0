package org.puente.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A typed user name cannot forge a line of the security log. */
class SecurityLogTest {

    @Test
    void lineBreaksAndControlCharactersBecomeUnderscores() {
        assertEquals("admin__INFO: Sign-in ok", SecurityLog.clean("admin\r\nINFO: Sign-in ok"));
        assertEquals("a_b_c", SecurityLog.clean("a\tb\u0000c"));
        assertEquals("josé.pérez@example.mx", SecurityLog.clean("josé.pérez@example.mx"));
        assertEquals("", SecurityLog.clean(null));
    }

    @Test
    void aVeryLongNameIsCut() {
        assertEquals("x".repeat(120) + "…", SecurityLog.clean("x".repeat(500)));
    }
}
