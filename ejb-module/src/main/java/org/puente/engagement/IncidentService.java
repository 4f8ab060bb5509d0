package org.puente.engagement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.puente.calendar.CalendarService;
import org.puente.casework.ClockCalendar;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.platform.Steps;

/**
 * Platform incidents with chats and forums (seed 000): an Enlace reports one; the content
 * department must give a first response within 30 minutes of the agency's business time; the
 * timer escalates the unanswered ones to the agency's administrators.
 */
@Stateless
@RolesAllowed({"ENLACE", "EVALUADOR", "MODERADOR", "ADMIN"})
public class IncidentService {

    private static final Logger LOG = Logger.getLogger(IncidentService.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @Inject
    private EngagementSettings settings;

    @EJB
    private CalendarService calendars;

    @EJB
    private NotificationService notifications;

    @EJB
    private AgencyBody agencyBody;

    @Inject
    private Clock clock;

    @Inject
    private Links links;

    /** An Enlace reports a problem, about one of the events of his body or in general. */
    @RolesAllowed("ENLACE")
    public Long report(Long eventId, String description) {
        UserAccount enlace = access.caller();
        EngagementEvent event = null;
        if (eventId != null) {
            event = em.find(EngagementEvent.class, eventId);
            if (event == null || !event.getBody().equals(enlace.getBody())) {
                throw new BusinessException("event", "incident.event.unknown");
            }
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("description", "incident.description.required");
        }
        if (description.strip().length() > PlatformIncident.MAX_TEXT) {
            throw new BusinessException("description", "incident.description.tooLong", PlatformIncident.MAX_TEXT);
        }
        OffsetDateTime now = now();
        Body agency = agencyBody.get();
        ClockCalendar time = calendars.businessTime(
                agency, now.atZoneSameInstant(agency.getTimeZone()).getYear());
        OffsetDateTime due = time.plus(now, Duration.ofMinutes(settings.incidentMinutes()));
        PlatformIncident incident = new PlatformIncident(enlace, event, description, now, due);
        em.persist(incident);
        for (String email : emailsOf(Role.EVALUADOR, Role.MODERADOR)) {
            notifications.enqueue(
                    email,
                    "incident.new",
                    enlace.getBody().getName(),
                    description.strip(),
                    EngagementMail.time(due.atZoneSameInstant(agency.getTimeZone())),
                    links.base());
        }
        return incident.getId();
    }

    /** Incidents the caller may see: an Enlace his body's, the agency all. Newest first. */
    public List<IncidentRow> incidents(int first, int max) {
        UserAccount caller = access.caller();
        var query = caller.isAgencyWide()
                ? em.createNamedQuery("PlatformIncident.all", PlatformIncident.class)
                : em.createNamedQuery("PlatformIncident.ofBody", PlatformIncident.class)
                        .setParameter("body", caller.getBody());
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(this::row)
                .toList();
    }

    public long countIncidents() {
        UserAccount caller = access.caller();
        return caller.isAgencyWide()
                ? em.createQuery("select count(i) from PlatformIncident i", Long.class)
                        .getSingleResult()
                : em.createQuery("select count(i) from PlatformIncident i where i.body = :body", Long.class)
                        .setParameter("body", caller.getBody())
                        .getSingleResult();
    }

    /** The content department's first response. */
    @RolesAllowed({"EVALUADOR", "MODERADOR", "ADMIN"})
    public void respond(Long id, String text) {
        PlatformIncident incident = load(id);
        requireText(text);
        Steps.attempt("incident", () -> incident.respond(access.caller(), text, now()));
        notifications.enqueue(incident.getReporter().getEmail(), "incident.answered", text.strip(), links.base());
    }

    @RolesAllowed({"EVALUADOR", "MODERADOR", "ADMIN"})
    public void resolve(Long id, String text) {
        PlatformIncident incident = load(id);
        requireText(text);
        Steps.attempt("incident", () -> incident.resolve(access.caller(), text, now()));
        notifications.enqueue(incident.getReporter().getEmail(), "incident.answered", text.strip(), links.base());
    }

    @RolesAllowed({"EVALUADOR", "MODERADOR", "ADMIN"})
    public IncidentFigures figures() {
        long total = em.createQuery("select count(i) from PlatformIncident i", Long.class)
                .getSingleResult();
        long open = em.createQuery(
                        "select count(i) from PlatformIncident i where i.status = "
                                + "org.puente.engagement.IncidentStatus.OPEN",
                        Long.class)
                .getSingleResult();
        long inTime = em.createNamedQuery("PlatformIncident.answeredInTime", Long.class)
                .getSingleResult();
        long due = em.createNamedQuery("PlatformIncident.countDue", Long.class)
                .setParameter("now", now())
                .getSingleResult();
        return new IncidentFigures(total, open, inTime, due);
    }

    /**
     * Escalates the open incidents whose first-response time is up (called by the timer, with the
     * time it runs at); returns how many were escalated now.
     */
    @PermitAll
    public int escalateDue(OffsetDateTime now) {
        int escalated = 0;
        List<String> admins = emailsOf(Role.ADMIN);
        for (PlatformIncident i : em.createNamedQuery("PlatformIncident.toEscalate", PlatformIncident.class)
                .setParameter("now", now)
                .getResultList()) {
            if (i.escalate(now)) {
                escalated++;
                for (String email : admins) {
                    notifications.enqueue(
                            email, "incident.escalated", i.getBody().getName(), i.getDescription(), links.base());
                }
            }
        }
        if (escalated > 0) {
            LOG.warning(escalated + " platform incident(s) escalated: no first response in time");
        }
        return escalated;
    }

    private PlatformIncident load(Long id) {
        PlatformIncident i = id == null ? null : em.find(PlatformIncident.class, id);
        if (i == null) {
            throw new BusinessException("error.notFound");
        }
        UserAccount caller = access.caller();
        if (!caller.isAgencyWide() && !caller.getBody().equals(i.getBody())) {
            throw new AccessDeniedException();
        }
        return i;
    }

    private IncidentRow row(PlatformIncident i) {
        OffsetDateTime now = now();
        UserAccount caller = access.caller();
        return new IncidentRow(
                i.getId(),
                i.getEvent() == null ? null : i.getEvent().getTitle(),
                i.getBody().getName(),
                i.getReporter().getFullName(),
                i.getDescription(),
                i.getReportedAt(),
                i.getResponseDueAt(),
                i.getStatus(),
                i.getRespondedAt(),
                i.getResponder() == null ? null : i.getResponder().getFullName(),
                i.getResponse(),
                i.getEscalatedAt() != null,
                i.isAnsweredInTime(),
                i.getRespondedAt() == null ? now.isAfter(i.getResponseDueAt()) : !i.isAnsweredInTime(),
                i.allowedSteps(caller));
    }

    private List<String> emailsOf(Role... roles) {
        return em.createQuery(
                        "select distinct u.email from UserAccount u join u.roles r where r in :roles"
                                + " and u.active = true and u.email is not null",
                        String.class)
                .setParameter("roles", List.of(roles))
                .getResultList();
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("response", "incident.response.required");
        }
        if (text.strip().length() > PlatformIncident.MAX_TEXT) {
            throw new BusinessException("response", "incident.description.tooLong", PlatformIncident.MAX_TEXT);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
