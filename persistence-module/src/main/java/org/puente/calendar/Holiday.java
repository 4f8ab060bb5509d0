package org.puente.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A non-working day of a calendar. */
@Entity
@Table(name = "holiday")
@NamedQuery(
        name = "Holiday.between",
        query = "select h from Holiday h where h.calendar = :calendar"
                + " and h.day between :from and :to order by h.day")
@NamedQuery(
        name = "Holiday.countOfficialInYear",
        query = "select count(h) from Holiday h"
                + " where h.calendar = :calendar and h.official = true and h.day between :from and :to")
public class Holiday {

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 150)
    private String name;

    /** True when it comes from the country's official list, false for a local holiday. */
    @Column(nullable = false)
    private boolean official;

    protected Holiday() {}

    public Holiday(BusinessCalendar calendar, LocalDate day, String name, boolean official) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.day = Objects.requireNonNull(day, "day");
        this.name = name.strip();
        this.official = official;
    }

    public Long getId() {
        return id;
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public boolean isOfficial() {
        return official;
    }
}
