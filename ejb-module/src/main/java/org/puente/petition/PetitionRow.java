package org.puente.petition;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockLight;

/** One line of the staff queue of petitions: no filer, whatever the identity (the detail shows him). */
public record PetitionRow(
        Long id,
        String folio,
        PetitionType type,
        PetitionStatus status,
        ClockLight light,
        CaseIdentity identity,
        String subject,
        String departmentName,
        String assigneeName,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        ZoneId zone) {}
