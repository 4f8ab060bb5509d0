package org.puente.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00-06:00");

    @Test
    void aSentEmailIsKeptWithoutItsRecipientOrTextAndAnUnsentOneIsNotForgottenButDropped() {
        OutboxMessage unsent = new OutboxMessage("ana@example.mx", "Tu reporte", "Hola, Ana López", NOW);
        assertThrows(IllegalStateException.class, unsent::forgetRecipient, "the caller deletes it instead");

        OutboxMessage sent = new OutboxMessage("ana@example.mx", "Tu reporte MET-2026-000001", "Hola, Ana López", NOW);
        sent.sent(NOW.plusMinutes(1));
        sent.forgetRecipient();
        assertEquals(OutboxMessage.CANCELLED_RECIPIENT, sent.getRecipient());
        assertEquals("", sent.bodyWith("x"));
        assertEquals("Tu reporte MET-2026-000001", sent.getSubject(), "that such an e-mail went out stays");
        assertEquals(NOW.plusMinutes(1), sent.getSentAt());
    }

    @Test
    void aClaimKeepsOtherNodesOutUntilItRunsOut() {
        OutboxMessage m = new OutboxMessage("ana@example.mx", "Tu reporte", "Hola", NOW);
        assertTrue(m.claimable(NOW));
        m.claim("node-a", NOW.plusMinutes(5), NOW);
        assertEquals("node-a", m.getClaimedBy());
        assertEquals(OffsetDateTime.parse("2026-11-23T10:05-06:00"), m.getClaimedUntil());

        assertFalse(m.claimable(NOW.plusMinutes(4)));
        assertThrows(IllegalStateException.class, () -> m.claim("node-b", NOW.plusMinutes(9), NOW.plusMinutes(4)));
        assertTrue(m.claimedBy("node-a", NOW.plusMinutes(4)));
        assertFalse(m.claimedBy("node-b", NOW.plusMinutes(4)));

        // At 10:05 node-a's claim has run out (it died mid-send): node-b takes it, node-a may no longer send it.
        assertTrue(m.claimable(NOW.plusMinutes(5)));
        assertFalse(m.claimedBy("node-a", NOW.plusMinutes(5)));
        m.claim("node-b", NOW.plusMinutes(10), NOW.plusMinutes(5));
        assertTrue(m.claimedBy("node-b", NOW.plusMinutes(6)));
        assertFalse(m.claimedBy("node-a", NOW.plusMinutes(6)));
    }

    @Test
    void aSentEmailIsNobodysToClaimAndAFailedOneIsGivenBackForItsNextAttempt() {
        OutboxMessage sent = new OutboxMessage("ana@example.mx", "Tu reporte", "Hola", NOW);
        sent.claim("node-a", NOW.plusMinutes(5), NOW);
        sent.sent(NOW.plusMinutes(1));
        assertNull(sent.getClaimedBy());
        assertNull(sent.getClaimedUntil());
        assertFalse(sent.claimable(NOW.plusHours(1)));
        assertFalse(sent.claimedBy("node-a", NOW.plusMinutes(2)));
        assertThrows(IllegalStateException.class, () -> sent.claim("node-b", NOW.plusHours(2), NOW.plusHours(1)));

        OutboxMessage failed = new OutboxMessage("ana@example.mx", "Tu reporte", "Hola", NOW);
        failed.claim("node-a", NOW.plusMinutes(5), NOW);
        failed.failed("Connection refused", NOW.plusMinutes(1));
        assertNull(failed.getClaimedBy());
        assertTrue(failed.claimable(NOW.plusMinutes(1)), "claimable again; its next attempt waits a minute");
        assertEquals(OffsetDateTime.parse("2026-11-23T10:02-06:00"), failed.getNextAttemptAt());
        assertEquals(1, failed.getAttempts());
    }

    @Test
    void aClaimNamesItsNodeAndEndsAfterItIsMade() {
        OutboxMessage m = new OutboxMessage("ana@example.mx", "Tu reporte", "Hola", NOW);
        assertThrows(IllegalArgumentException.class, () -> m.claim(" ", NOW.plusMinutes(5), NOW));
        assertThrows(IllegalArgumentException.class, () -> m.claim("node-a", NOW, NOW));
        assertTrue(m.claimable(NOW));
    }
}
