package org.puente.petition;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/**
 * What the public petition form shows before anything is filed, all of it public: the bodies that take
 * petitions (the municipalities), their departments to address one to, and each body's attention hours
 * (its business calendar; a body without one works as a Mexican public office).
 */
@Stateless
public class PetitionDesk {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    /** A body's attention hours: its working days and its working day's start and end. */
    public record Hours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {}

    public List<Body> bodies() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .getResultList();
    }

    /** The departments of a body (names only are shown); empty for an unknown body. */
    public List<Department> departments(Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null) {
            return List.of();
        }
        return em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", body)
                .getResultList();
    }

    /** The body's attention hours; null for an unknown body. */
    public Hours hours(Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null) {
            return null;
        }
        BusinessCalendar calendar = calendars.calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        return new Hours(calendar.getWorkingDays(), calendar.getWorkdayStart(), calendar.getWorkdayEnd());
    }
}
