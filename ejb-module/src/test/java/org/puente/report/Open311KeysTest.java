package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which API keys may file reports, and whose an idempotency key is. */
class Open311KeysTest {

    @Test
    void aConfiguredKeyIsAcceptedWithSpacesAroundAndOthersAreNot() {
        assertTrue(Open311Keys.accepts(" clave-uno , clave-dos,", false, "clave-dos"));
        assertTrue(Open311Keys.accepts("clave-uno,clave-dos", false, " clave-uno "));
        assertFalse(Open311Keys.accepts("clave-uno,clave-dos", false, "clave-tres"));
        assertFalse(Open311Keys.accepts("clave-uno", false, " "));
        assertFalse(Open311Keys.accepts("clave-uno", false, null));
        assertFalse(Open311Keys.accepts(null, false, "clave-uno"));
        assertFalse(Open311Keys.accepts(",", false, ""));
    }

    @Test
    void theDemoKeyWorksOnlyOnADemoInstallation() {
        assertTrue(Open311Keys.accepts(null, true, "puente-demo"));
        assertFalse(Open311Keys.accepts(null, false, "puente-demo"));
        assertFalse(Open311Keys.accepts(null, true, " puente-demo"), "written exactly");
    }

    @Test
    void aMissingKeyIsRefusedAsAKeyProblem() {
        Open311Keys keys = new Open311Keys();
        keys.apiKeys = Optional.of("clave-uno");
        keys.check("clave-uno");
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> keys.check("otra"));
        assertEquals(ApiRefusal.Reason.KEY, refusal.getReason());
        assertEquals("open311.apiKey.invalid", refusal.getMessageKey());
    }

    @Test
    void anIdempotencyKeyIsStoredBehindItsClientsKeyAndIsAtMostSixtyFourCharacters() {
        Open311Keys keys = new Open311Keys();
        String mine = keys.clientKey("clave-uno", " pedido-7 ");
        assertTrue(mine.endsWith(":pedido-7"), mine);
        assertEquals(12 + 1 + 8, mine.length());
        assertEquals(mine, keys.clientKey(" clave-uno", "pedido-7"), "the same client, the same key");
        assertNotEquals(mine, keys.clientKey("clave-dos", "pedido-7"), "another client, another key");
        keys.clientKey("clave-uno", "x".repeat(64));
        ApiRefusal tooLong = assertThrows(ApiRefusal.class, () -> keys.clientKey("clave-uno", "x".repeat(65)));
        assertEquals(ApiRefusal.Reason.INVALID, tooLong.getReason());
        assertEquals("open311.idempotencyKey.long", tooLong.getMessageKey());
        assertEquals(64, tooLong.getArguments()[0]);
    }
}
