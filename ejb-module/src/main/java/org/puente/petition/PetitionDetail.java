package org.puente.petition;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockLight;
import org.puente.casework.ClockStep;
import org.puente.casework.ClockUnit;
import org.puente.report.AgentOption;

/**
 * A petition as the staff page shows it to one caller: the filer only when {@code filerShown} (a reserved
 * identity is shown to the intake desk alone, an anonymous one to nobody), the whole history with the
 * internal notes marked, the trace of its due date, the steps this caller may take now, and the choices
 * those steps need (departments to route to, agents to assign).
 */
public record PetitionDetail(
        Long id,
        String folio,
        PetitionType type,
        ArcoRight arcoRight,
        PetitionStatus status,
        ClockLight light,
        CaseIdentity identity,
        PetitionChannel channel,
        String departmentName,
        Long departmentId,
        String assigneeName,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime closedAt,
        Boolean metTerm,
        String subject,
        String text,
        boolean filerShown,
        String filerName,
        String filerEmail,
        String filerPhone,
        String response,
        OffsetDateTime respondedAt,
        String referredTo,
        ClockUnit termUnit,
        int extensionMax,
        List<org.puente.casework.HistoryLine> history,
        List<ClockStep> trace,
        Set<PetitionStep> steps,
        List<Choice> departments,
        List<AgentOption> agents,
        ZoneId zone) {

    /** A department to route to. */
    public record Choice(Long id, String name) {}

    public boolean can(PetitionStep step) {
        return steps.contains(step);
    }
}
