package org.puente.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.identity.PasswordHasher;

/** A demo installation is one where a demo account still signs in with "demo"; checked again each minute. */
class DemoInstallationTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> hashesChecked = new ArrayList<>();
    private List<String> stored = List.of();
    private int queries;

    private final DemoInstallation installation = new DemoInstallation() {
        @Override
        List<String> demoAccountHashes() {
            queries++;
            return stored;
        }
    };

    DemoInstallationTest() {
        installation.clock = clock;
        // "hash(x)" stands for a stored hash of the password x.
        installation.hasher = new PasswordHasher() {
            @Override
            public boolean matches(String password, String hash) {
                hashesChecked.add(hash);
                return hash.equals("hash(" + password + ")");
            }
        };
    }

    @Test
    void noDemoAccountMeansNoDemo() {
        assertFalse(installation.isDemo());
    }

    @Test
    void aDemoAccountWithThePasswordDemoMakesADemo() {
        stored = List.of("hash(una-contraseña-larga)", "hash(demo)");
        assertTrue(installation.isDemo());
    }

    @Test
    void demoAccountsWhosePasswordsWereChangedAreNoDemo() {
        stored = List.of("hash(una-contraseña-larga)", "hash(otra-contraseña-larga)");
        assertFalse(installation.isDemo());
    }

    @Test
    void theAnswerIsKeptForAMinuteAndEachHashIsTestedOnce() {
        stored = List.of("hash(demo)");
        assertTrue(installation.isDemo());
        stored = List.of();
        clock.move(Duration.ofSeconds(59));
        assertTrue(installation.isDemo(), "still the answer of a minute ago");
        assertEquals(1, queries);

        clock.move(Duration.ofSeconds(1));
        assertFalse(installation.isDemo(), "the demo accounts are gone a minute later");
        assertEquals(2, queries);

        stored = List.of("hash(demo)");
        clock.move(Duration.ofMinutes(1));
        assertTrue(installation.isDemo());
        assertEquals(List.of("hash(demo)"), hashesChecked, "a hash already tested is not hashed again");
    }

    @Test
    void aClockSetBackChecksAgain() {
        assertFalse(installation.isDemo());
        stored = List.of("hash(demo)");
        clock.move(Duration.ofHours(-1));
        assertTrue(installation.isDemo());
    }

    @Test
    void theDemoAccountsAreTheOnesTheDemoDataCreates() {
        assertEquals(
                List.of(
                        "admin",
                        "agente",
                        "agente.agua",
                        "agente.ambiente",
                        "agente.civil",
                        "agente.movilidad",
                        "agente.salud",
                        "agente.seguridad",
                        "agente.servicios",
                        "agente.urbano",
                        "ciudadano",
                        "comunicacion",
                        "enlace",
                        "evaluador",
                        "experto",
                        "gerente",
                        "moderador",
                        "operador"),
                DemoData.ACCOUNTS);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T17:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
