package org.puente.audience;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

/**
 * What an administrator plans an audience session with: its day and window (in the body's time zone), where
 * it happens, who attends, its capacity and the minutes each turn is given for the estimate. {@link #problems}
 * says everything wrong with it at once, each on its field.
 */
public record AudiencePlan(
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        AudienceMode mode,
        String place,
        String meetingLink,
        String officials,
        Set<Department> departments,
        int capacity,
        int minutesPerTurn) {

    public static final int MAX_PLACE = 300;
    public static final int MAX_LINK = 500;
    public static final int MAX_OFFICIALS = 1000;
    public static final int MAX_CAPACITY = 500;
    public static final int MAX_MINUTES = 120;
    /** How far ahead a session may be planned. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** The longest window: an audience is a working morning or afternoon, not a marathon. */
    public static final Duration MAX_WINDOW = Duration.ofHours(10);

    public AudiencePlan {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    /** Everything wrong with this plan for a session of {@code body} planned on {@code today} (the body's day). */
    public List<RuleViolation> problems(Body body, LocalDate today) {
        List<RuleViolation> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new RuleViolation("day", "audience.day.required"));
        } else if (day.isBefore(today)) {
            problems.add(new RuleViolation("day", "audience.day.past"));
        } else if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            problems.add(new RuleViolation("day", "audience.day.tooFar", MAX_DAYS_AHEAD));
        }
        boolean window = startsAt != null && endsAt != null;
        if (startsAt == null) {
            problems.add(new RuleViolation("startsAt", "audience.startsAt.required"));
        }
        if (endsAt == null) {
            problems.add(new RuleViolation("endsAt", "audience.endsAt.required"));
        }
        if (window && !endsAt.isAfter(startsAt)) {
            problems.add(new RuleViolation("endsAt", "audience.window.order"));
            window = false;
        } else if (window && Duration.between(startsAt, endsAt).compareTo(MAX_WINDOW) > 0) {
            problems.add(new RuleViolation("endsAt", "audience.window.tooLong", MAX_WINDOW.toHours()));
            window = false;
        }
        if (mode == null) {
            problems.add(new RuleViolation("mode", "audience.mode.required"));
        } else {
            if (mode.needsPlace() && blank(place)) {
                problems.add(new RuleViolation("place", "audience.place.required"));
            }
            if (mode.needsLink() && blank(meetingLink)) {
                problems.add(new RuleViolation("meetingLink", "audience.link.required"));
            }
        }
        if (!blank(place) && place.strip().length() > MAX_PLACE) {
            problems.add(new RuleViolation("place", "audience.place.tooLong", MAX_PLACE));
        }
        if (!blank(meetingLink)
                && (!meetingLink.strip().startsWith("https://")
                        || meetingLink.strip().length() > MAX_LINK
                        || meetingLink.strip().contains(" "))) {
            problems.add(new RuleViolation("meetingLink", "audience.link.invalid"));
        }
        if (blank(officials)) {
            problems.add(new RuleViolation("officials", "audience.officials.required"));
        } else if (officials.strip().length() > MAX_OFFICIALS) {
            problems.add(new RuleViolation("officials", "audience.officials.tooLong", MAX_OFFICIALS));
        }
        if (departments.isEmpty()) {
            problems.add(new RuleViolation("departments", "audience.departments.required"));
        } else if (departments.stream().anyMatch(d -> !d.belongsTo(body))) {
            problems.add(new RuleViolation("departments", "audience.departments.otherBody"));
        }
        boolean sizes = true;
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(new RuleViolation("capacity", "audience.capacity.range", MAX_CAPACITY));
            sizes = false;
        }
        if (minutesPerTurn < 1 || minutesPerTurn > MAX_MINUTES) {
            problems.add(new RuleViolation("minutesPerTurn", "audience.minutes.range", MAX_MINUTES));
            sizes = false;
        }
        if (window && sizes && capacity > turnsThatFit()) {
            problems.add(new RuleViolation("capacity", "audience.capacity.window", turnsThatFit()));
        }
        return problems;
    }

    /** How many turns of {@link #minutesPerTurn} the window holds: the last one must start before it ends. */
    public int turnsThatFit() {
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        return (int) ((minutes + minutesPerTurn - 1) / minutesPerTurn);
    }

    static String clean(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
