package org.puente.report;

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
        if (f.folio() != null && !f.folio().isBlank()) {
            all.add(cb.equal(r.get("folio"), f.folio().strip().toUpperCase(Locale.ROOT)));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    public ReportDetail detail(Long id) {
        ServiceReport r = load(id);
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
                r.getHistory().stream().map(t -> new ReportDetail.Step(t.getFrom(), t.getTo(), t.getAt(),
                        t.getActor() == null ? null : t.getActor().getFullName(), t.getActorUnit(), t.getNote())).toList(),
                r.getStatus().next());
    }

    /** A report's photo, for staff who may see the report. */
    public Optional<ReportPhoto> photo(Long reportId, Long photoId) {
        ServiceReport r = load(reportId);
        ReportPhoto photo = em.find(ReportPhoto.class, photoId);
        return photo != null && photo.getReport().equals(r) ? Optional.of(photo) : Optional.empty();
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
        ServiceReport r = load(id);
        requireNote(note, "resolution");
        step(r, () -> r.resolve(access.caller(), now(), note));
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
