package org.puente.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status table written out again by hand, tried from every status to every status. */
class QuestionStatusTest {

    @Test
    void everyMoveIsAllowedOnlyAsTheTableSays() {
        Set<String> allowed = Set.of(
                "POR_CONFIRMAR>PENDIENTE",
                "POR_CONFIRMAR>CASO_PERSONAL",
                "PENDIENTE>PUBLICADA",
                "PENDIENTE>RESPONDIDA",
                "PENDIENTE>RECHAZADA",
                "PENDIENTE>CASO_PERSONAL",
                "PUBLICADA>RESPONDIDA",
                "PUBLICADA>RECHAZADA",
                "PUBLICADA>CASO_PERSONAL");
        int tried = 0;
        for (QuestionStatus from : QuestionStatus.values()) {
            for (QuestionStatus to : QuestionStatus.values()) {
                tried++;
                assertEquals(allowed.contains(from + ">" + to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(false, from.canMoveTo(null));
        }
        assertEquals(36, tried);
    }

    @Test
    void onlyPublishedAndAnsweredAreEverPublic() {
        EnumSet<QuestionStatus> open = EnumSet.noneOf(QuestionStatus.class);
        for (QuestionStatus s : QuestionStatus.values()) {
            if (s.isPublic()) {
                open.add(s);
            }
        }
        assertEquals(EnumSet.of(QuestionStatus.PUBLICADA, QuestionStatus.RESPONDIDA), open);
    }
}
