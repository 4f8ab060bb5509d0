package org.puente.arco;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.puente.casework.ClockLight;
import org.puente.petition.ArcoRight;
import org.puente.petition.PetitionEntry;
import org.puente.petition.PetitionStep;

/**
 * An ARCO request as the data-protection officer works it: who filed it (his account's user name when he
 * filed it signed in), what he asks, the clock, the answer, when it must be carried out and when it was,
 * the steps open now and its history.
 */
public record ArcoCase(
        long id,
        String folio,
        String body,
        ArcoRight right,
        String state,
        ClockLight light,
        String subject,
        String text,
        String filerName,
        String filerEmail,
        String filerPhone,
        String filerAccount,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String response,
        OffsetDateTime respondedAt,
        OffsetDateTime executionDue,
        OffsetDateTime carriedOutAt,
        List<PetitionStep> steps,
        boolean carryOutOpen,
        int maxExtensionDays,
        List<Entry> history,
        ZoneId zone)
        implements Serializable {

    /** A step of its history, with the unit that acted and its text. */
    public record Entry(PetitionEntry.Kind kind, OffsetDateTime at, String unit, String text) implements Serializable {}

    public boolean can(String step) {
        return steps.contains(PetitionStep.valueOf(step));
    }
}
