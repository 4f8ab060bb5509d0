package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.calendar.Holiday;
import org.puente.calendar.OfficialHolidays;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * The agency's rules applied to a proposal (kind, topics, schedule), with its holidays and time zone:
 * every problem at once, each on its field, for the intake form and every later proposal.
 */
@Stateless
public class ProposalCheck {

    @EJB
    private AgencyBody agency;

    @EJB
    private CalendarService calendars;

    @Inject
    private EngagementSettings settings;

    @Inject
    private Clock clock;

    /** Every problem of a proposal (kind, topics, schedule), each on its field. */
    public List<BusinessException> problems(EngagementKind kind, List<String> topics, ProposedSchedule s) {
        List<BusinessException> problems = new ArrayList<>();
        List<String> clean = topics == null
                ? List.of()
                : topics.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (clean.stream().anyMatch(t -> t.strip().length() > EngagementRequest.MAX_TOPIC)) {
            problems.add(new BusinessException("topics", "engagement.topic.tooLong", EngagementRequest.MAX_TOPIC));
        }
        if (clean.size() > EngagementRequest.MAX_TOPICS) {
            problems.add(new BusinessException("topics", "engagement.topic.tooMany", EngagementRequest.MAX_TOPICS));
        }
        ProposedSchedule schedule = s == null ? new ProposedSchedule(null, null, null, null) : s;
        EngagementRules rules = rules(schedule);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> broken = kind == EngagementKind.CHAT
                ? rules.checkChat(
                        schedule.startDate() == null || schedule.startTime() == null
                                ? null
                                : schedule.startDate().atTime(schedule.startTime()),
                        schedule.startDate() == null || schedule.endTime() == null
                                ? null
                                : schedule.startDate().atTime(schedule.endTime()),
                        topics,
                        now)
                : rules.checkForum(schedule.startDate(), schedule.endDate(), topics, now);
        for (String key : broken) {
            if (key.equals("engagement.chat.oneTopic") || key.equals("engagement.forum.topics")) {
                problems.add(new BusinessException("topics", key));
            } else if (key.equals("engagement.chat.window")) {
                problems.add(new BusinessException(
                        "schedule",
                        key,
                        rules.windows().stream().map(Object::toString).collect(Collectors.joining(", "))));
            } else {
                problems.add(new BusinessException("schedule", key));
            }
        }
        return problems;
    }

    /** Refuses the proposal with all its problems, if it has any. */
    public void require(EngagementKind kind, List<String> topics, ProposedSchedule s) {
        requireNone(problems(kind, topics, s));
    }

    static void requireNone(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private EngagementRules rules(ProposedSchedule s) {
        Body body = agency.get();
        Set<LocalDate> holidays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        years.add(
                OffsetDateTime.now(clock).atZoneSameInstant(body.getTimeZone()).getYear());
        if (s.startDate() != null) {
            years.add(s.startDate().getYear());
        }
        BusinessCalendar calendar = calendars.calendarOf(body).orElse(null);
        for (int year : years) {
            if (calendar != null) {
                calendars.holidays(calendar, year).stream().map(Holiday::getDay).forEach(holidays::add);
            } else {
                holidays.addAll(OfficialHolidays.of("MX", year).keySet());
            }
        }
        return new EngagementRules(settings.windows(), holidays, body.getTimeZone());
    }
}
