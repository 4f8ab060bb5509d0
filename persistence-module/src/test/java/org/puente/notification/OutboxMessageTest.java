package org.puente.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
