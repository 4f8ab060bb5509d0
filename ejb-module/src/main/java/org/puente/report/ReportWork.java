package org.puente.report;

import org.puente.casework.Folio;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Department;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * Staff work on reports: the queue, the detail, and every step of the workflow. Each step is
 * checked against {@link ReportStatus}'s transitions and against {@link ReportAccess} (an agent works
 * only his department's reports), recorded in the history, and told to the reporter by e-mail.
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class ReportWork {

    /** Sortable columns of the queue and the attribute each sorts by. */
    private static final Map<String, String> SORTS = Map.of("folio", "folioNumber", "receivedAt", "receivedAt",
            "dueAt", "dueAt", "status", "status");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ReportAccess access;

    @EJB
    private NotificationService notifications;

    @EJB
    private org.puente.calendar.CalendarService calendars;

    @EJB
    private org.puente.audit.AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** One page of the queue, paged and sorted by the database. */
    public List<QueueRow> queue(QueueFilter filter, int first, int pageSize, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueueRow> q = cb.createQuery(QueueRow.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        Join<Object, Object> service = r.join("service");
        Join<Object, Object> colonia = r.join("colonia");
        Join<Object, Object> department = r.join("department");
        Join<Object, Object> assignee = r.join("assignee", JoinType.LEFT);
        q.select(cb.construct(QueueRow.class, r.get("id"), r.get("folio"), service.get("name"), colonia.get("name"),
                department.get("name"), r.get("status"), r.get("deadlineState"), r.get("receivedAt"), r.get("dueAt"),
                assignee.get("fullName")));
        q.where(conditions(cb, r, filter));
        Path<Object> sort = r.get(SORTS.getOrDefault(sortBy, "receivedAt"));
        boolean asc = SORTS.containsKey(sortBy) ? ascending : false;
        List<Order> order = new ArrayList<>();
        order.add(asc ? cb.asc(sort) : cb.desc(sort));
        order.add(asc ? cb.asc(r.get("id")) : cb.desc(r.get("id")));
        q.orderBy(order);
        return em.createQuery(q).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** One page of the CSV export: the queue's rows with street and description, by folio. */
    public List<ExportRow> exportPage(QueueFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ExportRow> q = cb.createQuery(ExportRow.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        Join<Object, Object> service = r.join("service");
        Join<Object, Object> colonia = r.join("colonia");
        Join<Object, Object> department = r.join("department");
        Join<Object, Object> body = r.join("body");
        Join<Object, Object> assignee = r.join("assignee", JoinType.LEFT);
        q.select(cb.construct(ExportRow.class, r.get("folio"), service.get("name"), colonia.get("name"),
                department.get("name"), r.get("status"), r.get("deadlineState"), r.get("receivedAt"), r.get("dueAt"),
                assignee.get("fullName"), r.get("street"), r.get("description"), body.get("timeZone")));
        q.where(conditions(cb, r, filter));
        q.orderBy(cb.asc(r.get("folioNumber")), cb.asc(r.get("id")));
        if (first == 0) {
            audit.record(org.puente.audit.AuditAction.REPORTS_EXPORTED, "report", null, "CSV " + filter);
        }
        return em.createQuery(q).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(QueueFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        q.select(cb.count(r)).where(conditions(cb, r, filter));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * How many reports match, counting no further than {@code cap} + 1: an exact count of a
     * million rows costs more than the page itself, and nobody pages that far (they filter).
     */
    public long countUpTo(QueueFilter filter, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        q.select(r.get("id")).where(conditions(cb, r, filter));
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }

    private Predicate conditions(CriteriaBuilder cb, Root<ServiceReport> r, QueueFilter f) {
        List<Predicate> all = new ArrayList<>();
        all.add(access.restrict(cb, r.get("body"), r.get("department")));
        if (f.status() != null) {
            all.add(cb.equal(r.get("status"), f.status()));
        }
        if (f.serviceId() != null) {
            all.add(cb.equal(r.get("service").get("id"), f.serviceId()));
        }
        if (f.coloniaId() != null) {
            all.add(cb.equal(r.get("colonia").get("id"), f.coloniaId()));
        }
        if (f.departmentId() != null) {
            all.add(cb.equal(r.get("department").get("id"), f.departmentId()));
        }
        if (f.overdueOnly()) {
            all.add(cb.equal(r.get("deadlineState"), DeadlineState.OVERDUE));
            all.add(r.get("status").in(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS));
        }
        FolioQuery folio = FolioQuery.of(f.folio());
        if (folio != null && folio.contains() != null) {
            all.add(cb.like(r.get("folio"), folio.likePattern(), '\\'));
        } else if (folio != null) {
            if (folio.bodyCode() != null) {
                all.add(cb.like(r.get("folio"), folio.bodyCode() + "-%"));
            }
            if (folio.year() != null) {
                all.add(cb.equal(r.get("folioYear"), folio.year()));
            }
            if (folio.number() != null) {
                all.add(cb.equal(r.get("folioNumber"), folio.number()));
            }
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    public ReportDetail detail(Long id) {
        ServiceReport r = load(id);
        audit.record(org.puente.audit.AuditAction.REPORT_VIEWED, "report", r.getFolio(), null);
        return new ReportDetail(r.getId(), r.getFolio(), r.getService().getName(), r.getDepartment().getName(),
                r.getDepartment().getId(), r.getColonia().getName(), r.getColonia().getDelegacion().getName(),
                r.getStreet(), r.getReference(),
                r.getPoint() == null ? null : r.getPoint().getLatitude(),
                r.getPoint() == null ? null : r.getPoint().getLongitude(),
                r.getDescription(), r.getChannel(), r.getStatus(), r.getDeadlineState(), r.getReceivedAt(), r.getDueAt(),
                r.getAssignee() == null ? null : r.getAssignee().getFullName(),
                r.getContact().getName(), ReportService.reporterEmail(r), r.getContact().getPhone(),
                r.getDuplicateOf() == null ? null : r.getDuplicateOf().getFolio(),
                em.createNamedQuery("ReportPhoto.ofReport", Long.class).setParameter("report", r).getResultList(),
                em.createNamedQuery("ReportPhoto.evidenceOf", Long.class).setParameter("report", r).getResultList(),
                r.getHistory().stream().map(t -> new ReportDetail.Step(t.getFrom(), t.getTo(), t.getAt(),
                        t.getActor() == null ? null : t.getActor().getFullName(), t.getActorUnit(), t.getNote(),
                        t.getKind(), t.getAssignee() == null ? null : t.getAssignee().getFullName())).toList(),
                r.getStatus().next(), agents(r.getBody(), r.getDepartment()));
    }

    /** The active agents of the municipality the caller works for (every department), for the queue's bulk assignment. */
    public List<AgentOption> agents() {
        UserAccount caller = access.caller();
        return caller.getBody() == null ? List.of() : agents(caller.getBody(), null);
    }

    private List<AgentOption> agents(org.puente.organization.Body body, Department only) {
        var q = em.createQuery("select new org.puente.report.AgentOption(u.id, u.fullName, d.id, d.name)"
                        + " from UserAccount u join u.department d join u.roles role where role = :agente"
                        + " and u.active = true and d.body = :body" + (only == null ? "" : " and d = :only")
                        + " order by d.name, u.fullName", AgentOption.class)
                .setParameter("agente", Role.AGENTE).setParameter("body", body);
        return (only == null ? q : q.setParameter("only", only)).getResultList();
    }

    /** A report's photo, for staff who may see the report. */
    public Optional<ReportPhoto> photo(Long reportId, Long photoId) {
        ServiceReport r = load(reportId);
        ReportPhoto photo = em.find(ReportPhoto.class, photoId);
        if (photo == null || !photo.getReport().equals(r)) {
            return Optional.empty();
        }
        audit.record(org.puente.audit.AuditAction.PHOTO_VIEWED, "report", r.getFolio(), "photo " + photoId);
        return Optional.of(photo);
    }

    /** The caller (an agent of the report's department) takes the report. */
    public void take(Long id, String note) {
        ServiceReport r = load(id);
        step(r, () -> r.assignTo(access.caller(), access.caller(), now(), note));
    }

    public void startWork(Long id, String note) {
        ServiceReport r = load(id);
        step(r, () -> r.startWork(access.caller(), now(), note));
    }

    public void resolve(Long id, String note) {
        resolve(id, note, null);
    }

    /**
     * Resolves the report, with a photo as evidence when one is given (checked by its content like
     * the reporter's photos, at most 5 MB); the reporter sees it on his tracking page.
     */
    public void resolve(Long id, String note, byte[] evidence) {
        ServiceReport r = load(id);
        requireNote(note, "resolution");
        PhotoCleaner.Clean photo = evidence == null ? null : evidencePhoto(evidence);
        OffsetDateTime now = now();
        java.time.ZoneId zone = r.getBody().getTimeZone();
        java.time.Duration taken = calendars.businessTime(r.getBody(), r.getReceivedAt().atZoneSameInstant(zone).getYear())
                .between(r.getReceivedAt(), now);
        step(r, () -> {
            r.resolve(access.caller(), now, note, taken);
            if (photo != null) {
                r.attachEvidence(photo.type(), photo.data());
            }
        });
    }

    /** The evidence photo checked like the reporter's and cleaned of its metadata (see PhotoCleaner). */
    private static PhotoCleaner.Clean evidencePhoto(byte[] evidence) {
        if (evidence.length > ReportPhoto.MAX_BYTES) {
            throw new BusinessException("evidence", "report.photo.tooLarge", ReportPhoto.MAX_BYTES / (1024 * 1024));
        }
        return PhotoCleaner.clean(evidence, "evidence");
    }

    /**
     * A note among staff (an operator's too: "the neighbour called again"). It takes its own path,
     * not {@link #step}: it changes no status and nobody outside the staff is told or shown it.
     */
    public void addInternalNote(Long id, String note) {
        ServiceReport r = load(id);
        if (note == null || note.isBlank()) {
            throw new BusinessException("internalNote", "report.internalNote.required");
        }
        if (note.strip().length() > 2000) {
            throw new BusinessException("internalNote", "report.internalNote.tooLong", 2000);
        }
        r.noteInternally(access.caller(), now(), note);
        audit.record(org.puente.audit.AuditAction.REPORT_NOTE_ADDED, "report", r.getFolio(), null);
    }

    /**
     * A manager gives reports to a person: an active agent of each report's department. A received
     * report becomes assigned (a status step, told to the reporter like every step); an assigned or
     * in-progress one changes hands without the reporter hearing of it. The person is told by e-mail.
     * Reports of another department, finished ones or those he has already are left as they are, and
     * counted.
     */
    @RolesAllowed({"GERENTE", "ADMIN"})
    public AssignOutcome assign(List<Long> ids, Long agentId, String note) {
        requireSelection(ids);
        UserAccount agent = agentId == null ? null : em.find(UserAccount.class, agentId);
        if (agent == null || !agent.isActive() || !agent.hasRole(Role.AGENTE) || agent.getDepartment() == null) {
            throw new BusinessException("agent", "report.agent.required");
        }
        int assigned = 0;
        for (Long id : ids) {
            ServiceReport r = load(id);
            if (!agent.getDepartment().belongsTo(r.getBody())) {
                throw new AccessDeniedException();
            }
            if (!r.getStatus().isOpen() || !agent.getDepartment().equals(r.getDepartment())
                    || agent.equals(r.getAssignee())) {
                continue;
            }
            if (r.getStatus() == ReportStatus.RECEIVED) {
                step(r, () -> r.giveTo(agent, access.caller(), now(), note));
            } else {
                r.giveTo(agent, access.caller(), now(), note);
            }
            audit.record(org.puente.audit.AuditAction.REPORTS_ASSIGNED, "report", r.getFolio(), "to " + agent.getUsername());
            notifications.enqueue(agent.getEmail(), "report.assigned", r.getFolio(), r.getService().getName(),
                    r.getColonia().getName(), ReportService.WHEN.format(r.getDueAt().atZoneSameInstant(
                            r.getBody().getTimeZone())), baseUrl, String.valueOf(r.getId()));
            assigned++;
        }
        return new AssignOutcome(assigned, ids.size() - assigned, agent.getFullName());
    }

    private static void requireSelection(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("queue.selection.required");
        }
    }

    public void close(Long id, String note) {
        ServiceReport r = load(id);
        step(r, () -> r.close(access.caller(), now(), note));
    }

    public void reopen(Long id, String note) {
        ServiceReport r = load(id);
        requireNote(note, "reopen");
        step(r, () -> r.reopen(access.caller(), now(), note));
    }

    public void reject(Long id, String reason) {
        ServiceReport r = load(id);
        requireNote(reason, "rejection");
        step(r, () -> r.reject(access.caller(), now(), reason));
    }

    public void markDuplicate(Long id, String originalFolio) {
        ServiceReport r = load(id);
        ServiceReport original = Folio.looksLikeOne(originalFolio) ? em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                .setParameter("folio", Folio.parse(originalFolio).toString()).getResultStream().findFirst().orElse(null) : null;
        if (original == null || !original.getBody().equals(r.getBody()) || original.equals(r)) {
            throw new BusinessException("original", "report.duplicate.unknown");
        }
        step(r, () -> r.markDuplicateOf(original, access.caller(), now()));
    }

    /** A manager sends reports to another department of the municipality. */
    @RolesAllowed({"GERENTE", "ADMIN"})
    public int reassign(List<Long> ids, Long departmentId, String note) {
        requireSelection(ids);
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        if (department == null) {
            throw new BusinessException("department", "report.department.required");
        }
        int moved = 0;
        for (Long id : ids) {
            ServiceReport r = load(id);
            if (!department.belongsTo(r.getBody())) {
                throw new AccessDeniedException();
            }
            if (r.getStatus().isOpen() && !r.getDepartment().equals(department)) {
                r.reassign(department, access.caller(), now(), note);
                audit.record(org.puente.audit.AuditAction.REPORTS_ASSIGNED, "report", r.getFolio(),
                        "to department " + department.getId());
                notifications.enqueue(department.getEmail(), "report.new", r.getFolio(), r.getService().getName(),
                        r.getColonia().getName(), ReportService.WHEN.format(r.getDueAt().atZoneSameInstant(
                                r.getBody().getTimeZone())), baseUrl, String.valueOf(r.getId()));
                moved++;
            }
        }
        return moved;
    }

    private ServiceReport load(Long id) {
        ServiceReport r = id == null ? null : em.find(ServiceReport.class, id);
        if (r == null) {
            throw new BusinessException("error.notFound");
        }
        access.check(r);
        return r;
    }

    private void step(ServiceReport r, Runnable change) {
        UserAccount caller = access.caller();
        if (!caller.hasRole(Role.AGENTE) && !caller.hasRole(Role.GERENTE) && !caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new BusinessException("report.transition.forbidden");
        } catch (IllegalArgumentException e) {
            throw new BusinessException(null, "report.transition.invalid", e.getMessage());
        }
        audit.record(org.puente.audit.AuditAction.REPORT_CHANGED, "report", r.getFolio(), "status " + r.getStatus());
        ReportNotices.statusChanged(notifications, r,
                statusLabel(r.getStatus()), Optional.ofNullable(r.getHistory().get(r.getHistory().size() - 1).getNote())
                        .orElse(""), baseUrl);
    }

    private static void requireNote(String note, String what) {
        if (note == null || note.isBlank()) {
            throw new BusinessException("note", "report.note.required." + what);
        }
    }

    static String statusLabel(ReportStatus status) {
        return switch (status) {
            case RECEIVED -> "Recibido";
            case ASSIGNED -> "Asignado";
            case IN_PROGRESS -> "En proceso";
            case RESOLVED -> "Resuelto";
            case CLOSED -> "Cerrado";
            case REJECTED -> "Rechazado";
            case DUPLICATE -> "Duplicado";
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
