package org.puente.petition;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockLight;

/**
 * One line of the staff's CSV export. The filer's name and contact are there only for an identified
 * petition whose filer the exporter may see; a reserved or anonymous one leaves them empty, whoever exports.
 */
public record PetitionExportRow(
        String folio,
        PetitionType type,
        PetitionStatus status,
        ClockLight light,
        CaseIdentity identity,
        PetitionChannel channel,
        String departmentName,
        String assigneeName,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime closedAt,
        Boolean metTerm,
        String subject,
        String text,
        String filerName,
        String filerEmail,
        String filerPhone,
        ZoneId zone) {}
