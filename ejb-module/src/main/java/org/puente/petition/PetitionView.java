package org.puente.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.puente.casework.ClockLight;
import org.puente.casework.ClockStep;
import org.puente.casework.ClockUnit;

/**
 * A petition as the tracking page shows it. Anyone with the folio sees its type, status, light and dates;
 * only its filer (his tracking code, or signed in as the citizen who filed it; {@code filer}) gets the
 * public history with its texts, the response, the documents, the prevención to answer, "¿Cómo se
 * calculó?" and the survey. Never a staff note, a staff member's name or the filer's contact.
 * {@code codeMismatch}: a tracking code was given and it is not this petition's.
 */
public record PetitionView(
        String folio,
        PetitionType type,
        PetitionStatus status,
        ClockLight light,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        LocalDate firstCounted,
        boolean filer,
        boolean codeMismatch,
        List<org.puente.casework.HistoryLine> history,
        String response,
        OffsetDateTime respondedAt,
        boolean prevented,
        OffsetDateTime answerDue,
        boolean answerExtendable,
        List<ClockStep> trace,
        ClockUnit unit,
        boolean surveyOpen,
        boolean surveyAnswered,
        ZoneId timeZone) {

    /** Whether the citizen himself took a step of this kind (he answered a prevención, asked for more time). */
    public static boolean byCitizen(PetitionEntry.Kind kind) {
        return kind == PetitionEntry.Kind.CITIZEN_ANSWER || kind == PetitionEntry.Kind.ANSWER_TIME_EXTENDED;
    }

    public boolean isResponded() {
        return status == PetitionStatus.RESPONDIDA;
    }
}
