package org.puente.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status table, written out again by hand and tried from every status to every status. */
class NoticeStatusTest {

    @Test
    void everyMoveIsAllowedOnlyAsTheTableSays() {
        Set<String> allowed = Set.of("INVESTIGANDO>IDENTIFICADO", "INVESTIGANDO>RESUELTO", "IDENTIFICADO>RESUELTO");
        int tried = 0;
        for (NoticeStatus from : NoticeStatus.values()) {
            for (NoticeStatus to : NoticeStatus.values()) {
                tried++;
                assertEquals(allowed.contains(from + ">" + to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(false, from.canMoveTo(null), from + " -> nothing");
        }
        assertEquals(9, tried);
    }

    @Test
    void onlyTheResolvedNoticeIsInactiveAndFinal() {
        assertEquals(EnumSet.of(NoticeStatus.INVESTIGANDO, NoticeStatus.IDENTIFICADO), activeOnes());
        assertEquals(Set.of(), NoticeStatus.RESUELTO.next());
        assertEquals(EnumSet.of(NoticeStatus.RESUELTO), NoticeStatus.IDENTIFICADO.next());
        assertEquals("incidentNotice.status.IDENTIFICADO", NoticeStatus.IDENTIFICADO.messageKey());
    }

    private static EnumSet<NoticeStatus> activeOnes() {
        EnumSet<NoticeStatus> active = EnumSet.noneOf(NoticeStatus.class);
        for (NoticeStatus s : NoticeStatus.values()) {
            if (s.isActive()) {
                active.add(s);
            }
        }
        return active;
    }
}
