package org.puente.audience;

import java.time.OffsetDateTime;
import org.puente.identity.UserAccount;

/**
 * A turn as staff see it: on the officials' screen and in the departments' list of registered petitions. The
 * filer's name only for those the petition lets see it ({@code Petition#filerVisibleTo}).
 */
public record StaffTurn(
        long sessionId,
        java.time.LocalDate day,
        int number,
        OffsetDateTime estimatedAt,
        TurnStatus status,
        String outcome,
        long petitionId,
        String folio,
        String subject,
        String text,
        String department,
        String filerName) {

    static StaffTurn of(AudienceTurn t, UserAccount viewer) {
        var p = t.getPetition();
        boolean filer = viewer != null && p.filerVisibleTo(viewer);
        return new StaffTurn(
                t.getSession().getId(),
                t.getSession().getDay(),
                t.getNumber(),
                t.getEstimatedAt(),
                t.getStatus(),
                t.getOutcome(),
                p.getId(),
                p.getFolio(),
                p.getSubject(),
                p.getText(),
                p.getDepartment() == null ? null : p.getDepartment().getName(),
                filer && p.getContact() != null ? p.getContact().getName() : null);
    }
}
