package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puente.setup.DemoInstallation;

/** Which API keys may file reports, and whose an idempotency key is. */
class Open311KeysTest {

    @Test
    void aConfiguredKeyIsAcceptedWithSpacesAroundAndOthersAreNot() {
        assertTrue(Open311Keys.configured(" clave-uno , clave-dos,", "clave-dos"));
        assertTrue(Open311Keys.configured("clave-uno,clave-dos", " clave-uno "));
        assertFalse(Open311Keys.configured("clave-uno,clave-dos", "clave-tres"));
        assertFalse(Open311Keys.configured("clave-uno", " "));
        assertFalse(Open311Keys.configured("clave-uno", null));
        assertFalse(Open311Keys.configured(null, "clave-uno"));
        assertFalse(Open311Keys.configured(",", ""));
    }

    @Test
    void theDemoKeyWorksOnlyOnADemoInstallation() {
        Open311Keys demo = keys("clave-uno", true);
        demo.check("puente-demo");
        demo.check("clave-uno");
        assertRefused(demo, " puente-demo");
        assertRefused(demo, "PUENTE-DEMO");

        Open311Keys real = keys("clave-uno", false);
        real.check("clave-uno");
        assertRefused(real, "puente-demo");
        assertRefused(keys(null, false), "puente-demo");
    }

    @Test
    void theInstallationIsAskedOnlyAboutTheDemoKey() {
        Open311Keys keys = keys("clave-uno", false);
        keys.installation = new DemoInstallation() {
            @Override
            public boolean isDemo() {
                throw new AssertionError("asked about a key that is not the demo key");
            }
        };
        keys.check("clave-uno");
        assertRefused(keys, "otra");
    }

    @Test
    void aMissingKeyIsRefusedAsAKeyProblem() {
        Open311Keys keys = keys("clave-uno", true);
        keys.check("clave-uno");
        assertRefused(keys, "otra");
        assertRefused(keys, null);
        assertRefused(keys, "");
    }

    private static Open311Keys keys(String configured, boolean demo) {
        Open311Keys keys = new Open311Keys();
        keys.apiKeys = Optional.ofNullable(configured);
        keys.installation = new DemoInstallation() {
            @Override
            public boolean isDemo() {
                return demo;
            }
        };
        return keys;
    }

    private static void assertRefused(Open311Keys keys, String key) {
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> keys.check(key), "key " + key);
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
