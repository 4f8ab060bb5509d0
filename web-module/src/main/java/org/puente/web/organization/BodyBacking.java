package org.puente.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.calendar.Holiday;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;

/** One body: its departments and business calendar. Without an id, the caller's own body. */
@Named
@RequestScoped
public class BodyBacking {

    @Inject
    private OrganizationService organizations;

    @Inject
    private CalendarService calendars;

    @Inject
    private BodyScope scope;

    private Long id;
    private Body body;
    private List<Department> departments;
    private BusinessCalendar calendar;
    private List<Holiday> holidays;
    private int year;

    public void load() {
        body = id == null ? scope.ownBody() : organizations.body(id);
        departments = organizations.departments(body);
        year = LocalDate.now(body.getTimeZone()).getYear();
        calendar = calendars.calendarOf(body).orElse(null);
        holidays = calendar == null ? List.of() : calendars.holidays(calendar, year);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Body getBody() {
        return body;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }

    public List<Holiday> getHolidays() {
        return holidays;
    }

    public int getYear() {
        return year;
    }
}
