package org.puente.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.audience.AudienceMinutes.Counted;

class AudienceMinutesTest {

    private static List<Counted> turns(int count, TurnStatus status, String department) {
        List<Counted> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Counted(status, department));
        }
        return list;
    }

    @Test
    void elevenTurnsSevenAtOnceTwoTurnedOverOneNotApplicableOneNoShow() {
        List<Counted> all = new ArrayList<>();
        all.addAll(turns(7, TurnStatus.ATENDIDA_EN_EL_ACTO, "Obras Públicas"));
        all.addAll(turns(1, TurnStatus.TURNADA, "Obras Públicas"));
        all.addAll(turns(1, TurnStatus.TURNADA, "Agua Potable"));
        all.addAll(turns(1, TurnStatus.NO_PROCEDE, "Agua Potable"));
        all.addAll(turns(1, TurnStatus.NO_SHOW, "Obras Públicas"));
        AudienceMinutes m = AudienceMinutes.count(all);
        assertEquals(11, m.registered());
        // attended: 7 + 2 + 1 = 10 (the no-show was not); 7 of 10 at once = 70 %
        assertEquals(10, m.attended());
        assertEquals(7, m.atOnce());
        assertEquals(70, m.atOncePercent());
        assertEquals(1, m.noShows());
        assertEquals(1, m.notApplicable());
        assertEquals(Map.of("Agua Potable", 1, "Obras Públicas", 1), m.pendingByDepartment());
        assertEquals("Agua Potable", m.pendingList().get(0).getKey());
        assertEquals(0, m.unsettled());
    }

    @Test
    void tenTurnsSevenAtOnceTwoTurnedOverOneNoShowIsSeventyEightPercentOfTheNineAttended() {
        List<Counted> all = new ArrayList<>();
        all.addAll(turns(7, TurnStatus.ATENDIDA_EN_EL_ACTO, "Obras Públicas"));
        all.addAll(turns(2, TurnStatus.TURNADA, "Desarrollo Urbano"));
        all.addAll(turns(1, TurnStatus.NO_SHOW, "Obras Públicas"));
        AudienceMinutes m = AudienceMinutes.count(all);
        assertEquals(9, m.attended());
        // 7 / 9 = 77.8 % -> 78
        assertEquals(78, m.atOncePercent());
        assertEquals(Map.of("Desarrollo Urbano", 2), m.pendingByDepartment());
    }

    @Test
    void seed002TwoSessionsOfMoreThan180CitizensAtSeventyPercent() {
        // 2 sessions: 95 + 91 = 186 attended; 65 + 65 = 130 at once; 130 / 186 = 69.9 % -> 70
        List<Counted> all = new ArrayList<>();
        all.addAll(turns(130, TurnStatus.ATENDIDA_EN_EL_ACTO, "Obras Públicas"));
        all.addAll(turns(50, TurnStatus.TURNADA, "Obras Públicas"));
        all.addAll(turns(6, TurnStatus.NO_PROCEDE, "Obras Públicas"));
        all.addAll(turns(3, TurnStatus.WAITING, "Obras Públicas"));
        AudienceMinutes m = AudienceMinutes.count(all);
        assertEquals(186, m.attended());
        assertEquals(70, m.atOncePercent());
        assertEquals(3, m.unsettled());
        assertEquals(Map.of("Obras Públicas", 50), m.pendingByDepartment());
    }

    @Test
    void noTurnsNoShare() {
        AudienceMinutes m = AudienceMinutes.count(List.of());
        assertEquals(0, m.attended());
        assertEquals(0, m.atOncePercent());
    }
}
