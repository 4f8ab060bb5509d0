package org.puente.engagement;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A schedule as a form proposes it: a chat gives its day and start and end time (one of the
 * agency's windows); a forum gives its first and last day. Any part may be missing or wrong: the
 * rules say so, each with its own message.
 */
public record ProposedSchedule(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime)
        implements java.io.Serializable {

    public static ProposedSchedule chat(LocalDate day, LocalTime start, LocalTime end) {
        return new ProposedSchedule(day, day, start, end);
    }

    public static ProposedSchedule forum(LocalDate first, LocalDate last) {
        return new ProposedSchedule(first, last, null, null);
    }

    public static ProposedSchedule of(Schedule s) {
        return new ProposedSchedule(s.getStartDate(), s.getEndDate(), s.getStartTime(), s.getEndTime());
    }

    Schedule toSchedule(EngagementKind kind) {
        return kind == EngagementKind.CHAT
                ? Schedule.chat(startDate, startTime, endTime)
                : Schedule.forum(startDate, endDate);
    }
}
