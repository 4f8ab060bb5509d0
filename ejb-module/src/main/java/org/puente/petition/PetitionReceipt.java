package org.puente.petition;

import java.time.OffsetDateTime;

/**
 * What the filer is given: the folio, the secret tracking code when he has no account (null otherwise), when
 * the petition was received, when its clock starts counting (the first counted day, for a petition sent out of
 * hours or on a holiday) and when it is due.
 */
public record PetitionReceipt(
        Long id,
        String folio,
        String trackingCode,
        PetitionType type,
        OffsetDateTime receivedAt,
        java.time.LocalDate firstCountedDay,
        OffsetDateTime dueAt,
        String timeZone) {}
