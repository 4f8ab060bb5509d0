package org.puente.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final OffsetDateTime AT =
            OffsetDateTime.of(2026, 12, 2, 9, 30, 15, 123_456_789, ZoneOffset.ofHours(-6));

    private static AuditEntry entry(String prev, String detail) {
        return new AuditEntry(
                AT, 7L, "agente", "10.0.0.8", AuditAction.REPORT_VIEWED, "report", "MET-2026-000123", detail, prev);
    }

    @Test
    void aLineIsChainedToThePreviousOneAndItsHashCoversEveryField() {
        AuditEntry first = entry(AuditEntry.GENESIS, null);
        AuditEntry second = entry(first.getHash(), "photo 3");
        assertEquals(64, first.getHash().length());
        assertEquals(first.getHash(), second.getPrevHash());
        assertNotEquals(first.getHash(), second.getHash());
        assertTrue(first.isIntact());
        assertTrue(second.isIntact());
        // Kept to the microsecond, in UTC: what both databases give back.
        assertEquals(OffsetDateTime.of(2026, 12, 2, 15, 30, 15, 123_456_000, ZoneOffset.UTC), first.getOccurredAt());
    }

    @Test
    void anAlteredLineNoLongerMatchesItsHash() throws Exception {
        for (String field : new String[] {"actorName", "source", "subjectRef", "detail", "prevHash"}) {
            AuditEntry line = entry(AuditEntry.GENESIS, "original");
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(line, "cambiado");
            assertFalse(line.isIntact(), field);
        }
        AuditEntry moved = entry(AuditEntry.GENESIS, "original");
        Field at = AuditEntry.class.getDeclaredField("occurredAt");
        at.setAccessible(true);
        at.set(moved, AT.plusSeconds(1));
        assertFalse(moved.isIntact(), "the time");
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditEntry a = new AuditEntry(
                AT, null, "ana", "x|y", AuditAction.REPORT_VIEWED, "report", "1", null, AuditEntry.GENESIS);
        AuditEntry b = new AuditEntry(
                AT, null, "ana|x", "y", AuditAction.REPORT_VIEWED, "report", "1", null, AuditEntry.GENESIS);
        assertNotEquals(a.getHash(), b.getHash());
    }

    @Test
    void aLineIsOneLineOfBoundedLength() {
        AuditEntry line = entry(AuditEntry.GENESIS, "uno\r\ndos" + "x".repeat(600));
        assertEquals(500, line.getDetail().length());
        assertTrue(line.getDetail().startsWith("uno dos"), line.getDetail());
    }
}
