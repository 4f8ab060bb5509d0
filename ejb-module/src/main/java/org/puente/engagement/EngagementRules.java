package org.puente.engagement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The agency's rules for chats and forums (seed 000): a chat has one topic and fills one of the
 * agency's windows (11:00-13:00 or 16:00-18:00 by default), Monday to Friday, never on a holiday; a
 * forum lasts from 7 to 28 days; nothing starts in the past. Each broken rule is reported with its
 * own message key, so that every problem of a proposal is shown at once.
 */
public final class EngagementRules {

    public static final int FORUM_MIN_DAYS = 7;
    public static final int FORUM_MAX_DAYS = 28;
    public static final String DEFAULT_WINDOWS = "11:00-13:00,16:00-18:00";

    /** A chat window of the agency's working day. */
    public record Window(LocalTime start, LocalTime end) {

        public Window {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A window ends after it starts: " + start + "-" + end);
            }
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    private final List<Window> windows;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public EngagementRules(List<Window> windows, Set<LocalDate> holidays, ZoneId zone) {
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("The agency needs at least one chat window");
        }
        this.windows = List.copyOf(windows);
        this.holidays = Set.copyOf(holidays);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Reads the windows setting, e.g. "11:00-13:00,16:00-18:00". */
    public static List<Window> parseWindows(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalArgumentException("No chat windows configured");
        }
        try {
            return Arrays.stream(setting.split(","))
                    .map(String::strip)
                    .map(w -> {
                        String[] parts = w.split("-");
                        if (parts.length != 2) {
                            throw new IllegalArgumentException("A window is HH:MM-HH:MM: " + w);
                        }
                        return new Window(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
                    })
                    .toList();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A window is HH:MM-HH:MM: " + setting, e);
        }
    }

    public List<Window> windows() {
        return windows;
    }

    /** The rules a chat proposal breaks, as message keys; empty when it may be scheduled. */
    public List<String> checkChat(LocalDateTime start, LocalDateTime end, List<String> topics, OffsetDateTime now) {
        List<String> broken = new ArrayList<>();
        if (topics == null
                || topics.stream().filter(t -> t != null && !t.isBlank()).count() != 1) {
            broken.add("engagement.chat.oneTopic");
        }
        if (start == null || end == null) {
            broken.add("engagement.date.required");
            return broken;
        }
        if (start.atZone(zone).toOffsetDateTime().isBefore(now)) {
            broken.add("engagement.date.past");
        }
        DayOfWeek day = start.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            broken.add("engagement.chat.weekday");
        } else if (holidays.contains(start.toLocalDate())) {
            broken.add("engagement.chat.holiday");
        }
        boolean inAWindow = start.toLocalDate().equals(end.toLocalDate())
                && windows.stream()
                        .anyMatch(w ->
                                w.start().equals(start.toLocalTime()) && w.end().equals(end.toLocalTime()));
        if (!inAWindow) {
            broken.add("engagement.chat.window");
        }
        return broken;
    }

    /** The rules a forum proposal breaks, as message keys; empty when it may be scheduled. */
    public List<String> checkForum(LocalDate start, LocalDate end, List<String> topics, OffsetDateTime now) {
        List<String> broken = new ArrayList<>();
        if (topics == null || topics.stream().noneMatch(t -> t != null && !t.isBlank())) {
            broken.add("engagement.forum.topics");
        }
        if (start == null || end == null) {
            broken.add("engagement.date.required");
            return broken;
        }
        if (start.isBefore(now.atZoneSameInstant(zone).toLocalDate())) {
            broken.add("engagement.date.past");
        }
        long days = ChronoUnit.DAYS.between(start, end);
        if (days < FORUM_MIN_DAYS) {
            broken.add("engagement.forum.tooShort");
        } else if (days > FORUM_MAX_DAYS) {
            broken.add("engagement.forum.tooLong");
        }
        return broken;
    }
}
