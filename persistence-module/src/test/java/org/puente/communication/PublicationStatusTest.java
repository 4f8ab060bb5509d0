package org.puente.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The publication rule written out again, by hand, and tried for every pair of statuses. */
class PublicationStatusTest {

    private static final Map<PublicationStatus, Set<PublicationStatus>> ALLOWED = Map.of(
            PublicationStatus.BORRADOR, EnumSet.of(PublicationStatus.PUBLICADO),
            PublicationStatus.PUBLICADO, EnumSet.of(PublicationStatus.BORRADOR));

    @Test
    void aDraftIsPublishedAndAPublishedPieceWithdrawnNothingElse() {
        for (PublicationStatus from : PublicationStatus.values()) {
            for (PublicationStatus to : PublicationStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(false, from.canMoveTo(null));
            assertEquals(ALLOWED.get(from), from.next());
        }
    }
}
