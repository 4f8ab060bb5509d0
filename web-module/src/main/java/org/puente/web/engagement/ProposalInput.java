package org.puente.web.engagement;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.ProposedSchedule;

/**
 * What a form proposes for a chat or forum: the chat's day and window ("11:00-13:00"), or the
 * forum's first and last day; and the topics, one per line. The rules are the service's.
 */
public class ProposalInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate day;
    private String window;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String topics;

    /** Starts from a proposal already made (to adjust it). */
    public void fill(ProposedSchedule s, List<String> topicList) {
        if (s != null) {
            if (s.startTime() != null) {
                day = s.startDate();
                window = s.startTime() + "-" + s.endTime();
            } else {
                firstDay = s.startDate();
                lastDay = s.endDate();
            }
        }
        topics = topicList == null ? null : String.join("\n", topicList);
    }

    public ProposedSchedule schedule(EngagementKind kind) {
        if (kind == EngagementKind.FORUM) {
            return ProposedSchedule.forum(firstDay, lastDay);
        }
        LocalTime start = null;
        LocalTime end = null;
        if (window != null && window.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            start = LocalTime.parse(window.substring(0, 5));
            end = LocalTime.parse(window.substring(6));
        }
        return ProposedSchedule.chat(day, start, end);
    }

    /** The topics typed, one per line; blank lines are left out. */
    public List<String> topicList() {
        return topics == null
                ? List.of()
                : Arrays.stream(topics.split("\\R"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
