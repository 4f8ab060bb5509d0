package org.puente.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a chat or forum happens, in the agency's local time: a chat is one day and one window
 * (start and end time); a forum is a span of days, open from the first day's start to the end of
 * the last day. The rules ({@code EngagementRules}) decide whether a schedule is allowed.
 */
@Embeddable
public class Schedule {

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    protected Schedule() {}

    private Schedule(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime) {
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
        this.startTime = startTime;
        this.endTime = endTime;
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A schedule ends after it starts");
        }
    }

    /** A chat: one day, from start to end time. */
    public static Schedule chat(LocalDate day, LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A chat ends after it starts");
        }
        return new Schedule(day, day, start, end);
    }

    /** A forum: open from the first day to the last one. */
    public static Schedule forum(LocalDate first, LocalDate last) {
        return new Schedule(first, last, null, null);
    }

    public boolean isChat() {
        return startTime != null;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public LocalDateTime localStart() {
        return isChat() ? startDate.atTime(startTime) : startDate.atStartOfDay();
    }

    /** A chat ends at its end time; a forum at midnight after its last day. */
    public LocalDateTime localEnd() {
        return isChat() ? endDate.atTime(endTime) : endDate.plusDays(1).atStartOfDay();
    }

    public OffsetDateTime startsAt(ZoneId zone) {
        return localStart().atZone(zone).toOffsetDateTime();
    }

    public OffsetDateTime endsAt(ZoneId zone) {
        return localEnd().atZone(zone).toOffsetDateTime();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s
                && startDate.equals(s.startDate)
                && endDate.equals(s.endDate)
                && Objects.equals(startTime, s.startTime)
                && Objects.equals(endTime, s.endTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate, startTime, endTime);
    }

    @Override
    public String toString() {
        return isChat() ? startDate + " " + startTime + "-" + endTime : startDate + " – " + endDate;
    }
}
