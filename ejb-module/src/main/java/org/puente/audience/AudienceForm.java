package org.puente.audience;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The administrator's planning form, as the page sends it (departments by id, numbers possibly missing). */
public record AudienceForm(
        Long bodyId,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        AudienceMode mode,
        String place,
        String meetingLink,
        String officials,
        List<Long> departmentIds,
        Integer capacity,
        Integer minutesPerTurn) {

    public AudienceForm {
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
    }

    public static AudienceForm of(AudienceSession s) {
        return new AudienceForm(
                s.getBody().getId(),
                s.getDay(),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getMode(),
                s.getPlace(),
                s.getMeetingLink(),
                s.getOfficials(),
                s.getDepartments().stream().map(d -> d.getId()).toList(),
                s.getCapacity(),
                s.getMinutesPerTurn());
    }
}
