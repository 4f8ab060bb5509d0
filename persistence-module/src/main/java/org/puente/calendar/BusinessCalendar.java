package org.puente.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.puente.organization.Body;

/**
 * When a body works: its weekly working days and hours. Holidays are {@link Holiday} rows of the
 * calendar (official ones are added per year from the country's holiday list, local ones by hand).
 */
@Entity
@Table(name = "business_calendar")
@NamedQuery(name = "BusinessCalendar.byBody", query = "select c from BusinessCalendar c where c.body = :body")
public class BusinessCalendar {

    @Id
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false, unique = true)
    private Body body;

    @Column(name = "workday_start", nullable = false)
    private LocalTime workdayStart;

    @Column(name = "workday_end", nullable = false)
    private LocalTime workdayEnd;

    /** Working days as ISO numbers, e.g. "1,2,3,4,5" for Monday to Friday. */
    @Column(name = "working_days", nullable = false, length = 20)
    private String workingDays;

    /** ISO country code whose official holidays apply (MX). */
    @Column(name = "holiday_country", nullable = false, length = 2)
    private String holidayCountry;

    @Version
    private int version;

    protected BusinessCalendar() {}

    public BusinessCalendar(Body body, LocalTime start, LocalTime end, Set<DayOfWeek> days, String holidayCountry) {
        this.body = Objects.requireNonNull(body, "body");
        changeHours(start, end, days);
        if (holidayCountry == null || !holidayCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A holiday country is an ISO 3166 code: " + holidayCountry);
        }
        this.holidayCountry = holidayCountry;
    }

    /** The usual Mexican public office: Monday to Friday, 9:00 to 18:00, Mexican official holidays. */
    public static BusinessCalendar mexicanOffice(Body body) {
        return new BusinessCalendar(
                body, LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "MX");
    }

    public void changeHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working day ends after it starts");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working day");
        }
        this.workdayStart = start;
        this.workdayEnd = end;
        this.workingDays =
                days.stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public LocalTime getWorkdayStart() {
        return workdayStart;
    }

    public LocalTime getWorkdayEnd() {
        return workdayEnd;
    }

    public Set<DayOfWeek> getWorkingDays() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workingDays.split(","))
                .map(Integer::parseInt)
                .map(DayOfWeek::of)
                .forEach(days::add);
        return Collections.unmodifiableSet(days);
    }

    public String getHolidayCountry() {
        return holidayCountry;
    }
}
