package org.puente.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.ClockSettings;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * The staff side of incident notices: a body's communication staff (and the administrator, for any body) list,
 * publish, correct, update and resolve them; each step is the notice's own verb, a line of its history and a
 * line of the audit log, and fires {@link NoticesChanged} so the public banner forgets what it cached.
 */
@Stateless
@RolesAllowed({"COMUNICACION", "ADMIN"})
public class IncidentNotices {

    /** Notices per page of the staff list. */
    public static final int PAGE_SIZE = 20;

    /** The longest holiday name the calendar keeps (ClockSettings' rule). */
    private static final int HOLIDAY_NAME = 150;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<NoticesChanged> changed;

    @EJB
    private AuditLog audit;

    @EJB
    private ClockSettings clockSettings;

    @EJB
    private IncidentNotices self;

    /** The bodies the caller publishes for: his own, or every body for the administrator. */
    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** One page (from 1) of the notices of the bodies the caller sees: the active ones first, newest first. */
    public NoticeList list(int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<IncidentNotice> counted = count.from(IncidentNotice.class);
        count.select(cb.count(counted)).where(scope.restrict(cb, counted.get("body")));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<IncidentNotice> query = cb.createQuery(IncidentNotice.class);
        Root<IncidentNotice> n = query.from(IncidentNotice.class);
        query.select(n)
                .where(scope.restrict(cb, n.get("body")))
                .orderBy(
                        cb.asc(cb.selectCase()
                                .when(cb.equal(n.get("status"), NoticeStatus.RESUELTO), 1)
                                .otherwise(0)),
                        cb.desc(n.get("startedAt")),
                        cb.desc(n.get("id")));
        List<NoticeRow> rows = em
                .createQuery(query)
                .setFirstResult((number - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(NoticeRow::of)
                .toList();
        return new NoticeList(rows, total, number, PAGE_SIZE);
    }

    /** A notice of a body the caller sees, with its whole history (403 otherwise, not found for none). */
    public NoticeView detail(long id) {
        return NoticeView.of(load(id), true);
    }

    /** Publishes a notice, investigating, with its first text. Every broken rule comes back at once. */
    public long publish(NoticeForm form) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            throw new InvalidInputException(List.of(new BusinessException("body", "incidentNotice.body.required")));
        }
        scope.check(body);
        NoticeContent content = content(form, body);
        List<BusinessException> problems = IncidentNotice.problems(content, form.text()).stream()
                .map(Steps::refusal)
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        IncidentNotice notice =
                Steps.attempt("incidentNotice", () -> new IncidentNotice(body, content, form.text(), caller(), now()));
        em.persist(notice);
        em.flush();
        done(
                notice,
                "published " + notice.getAffected() + (notice.getChannel() == null ? "" : " " + notice.getChannel()));
        return notice.getId();
    }

    /** Corrects the title, what is affected, the start or the closure day; refused once resolved. */
    public NoticeView edit(long id, NoticeForm form) {
        IncidentNotice notice = load(id);
        NoticeContent content = content(form, notice.getBody());
        List<BusinessException> problems =
                content.problems().stream().map(Steps::refusal).toList();
        if (notice.isActive() && !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Steps.attempt("incidentNotice", () -> notice.edit(content, caller(), now()));
        done(notice, "edited");
        return NoticeView.of(notice, true);
    }

    /** A dated public update, moving the status forward or keeping it ({@code next} null). */
    public NoticeView update(long id, String text, NoticeStatus next) {
        IncidentNotice notice = load(id);
        Steps.attempt("incidentNotice", () -> notice.update(text, next, caller(), now()));
        done(notice, "updated " + notice.getStatus());
        return NoticeView.of(notice, true);
    }

    /** Resolves the notice with its closing text; {@code endedAt} in the body's wall-clock time, null for now. */
    public NoticeView resolve(long id, String text, LocalDateTime endedAt) {
        IncidentNotice notice = load(id);
        OffsetDateTime end = endedAt == null
                ? null
                : endedAt.atZone(notice.getBody().getTimeZone()).toOffsetDateTime();
        Steps.attempt("incidentNotice", () -> notice.resolve(text, end, caller(), now()));
        done(notice, "resolved");
        return NoticeView.of(notice, true);
    }

    /**
     * Makes an office closure's day a non-working day of the body's calendar, through the administrator's own
     * {@link ClockSettings#addHoliday} (which moves the open cases' due dates in the background), then notes it
     * on the notice. Only the administrator: a non-working day moves legal deadlines.
     */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String markClosureDay(long id) {
        NoticeView notice = self.detail(id);
        if (!notice.closureCanBeMarked()) {
            throw new BusinessException("closureDay", "incidentNotice.closureDay.none");
        }
        String name = notice.title().length() > HOLIDAY_NAME
                ? notice.title().substring(0, HOLIDAY_NAME).strip()
                : notice.title();
        String job = clockSettings.addHoliday(notice.bodyId(), notice.closureDay(), name);
        self.noteClosureMarked(id);
        return job;
    }

    /** The notice's own record that its closure day is now a non-working day (its own transaction). */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteClosureMarked(long id) {
        IncidentNotice notice = load(id);
        LocalDate day = Steps.attempt("incidentNotice", () -> notice.markClosure(caller(), now()));
        done(notice, "closure day marked " + day);
    }

    private void done(IncidentNotice notice, String detail) {
        audit.record(AuditAction.INCIDENT_NOTICE_CHANGED, "IncidentNotice", String.valueOf(notice.getId()), detail);
        changed.fire(new NoticesChanged(notice.getId()));
    }

    private static NoticeContent content(NoticeForm form, Body body) {
        return new NoticeContent(
                form.title(),
                form.affected(),
                form.channel(),
                form.office(),
                form.startedAt() == null
                        ? null
                        : form.startedAt().atZone(body.getTimeZone()).toOffsetDateTime(),
                form.closureDay());
    }

    private IncidentNotice load(long id) {
        IncidentNotice notice = em.find(IncidentNotice.class, id);
        if (notice == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(notice.getBody());
        return notice;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
