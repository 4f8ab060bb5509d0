package org.puente.audience;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A session as the public and the staff lists show it: no petition, no person; the minutes only once it is
 * closed (null before).
 */
public record AudienceView(
        long id,
        long bodyId,
        String bodyName,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        ZoneId timeZone,
        AudienceMode mode,
        String place,
        String meetingLink,
        String officials,
        List<String> departments,
        int capacity,
        int registered,
        int seatsLeft,
        AudienceStatus status,
        AudienceMinutes minutes) {

    public static AudienceView of(AudienceSession s) {
        return new AudienceView(
                s.getId(),
                s.getBody().getId(),
                s.getBody().getName(),
                s.getDay(),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getBody().getTimeZone(),
                s.getMode(),
                s.getPlace(),
                s.getMeetingLink(),
                s.getOfficials(),
                s.getDepartments().stream().map(d -> d.getName()).toList(),
                s.getCapacity(),
                s.getRegistered(),
                s.seatsLeft(),
                s.getStatus(),
                s.getStatus() == AudienceStatus.CLOSED ? s.minutes() : null);
    }

    public boolean isOpenForRegistration() {
        return status == AudienceStatus.PLANNED && seatsLeft > 0;
    }
}
