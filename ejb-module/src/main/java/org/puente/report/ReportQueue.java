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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.casework.FolioQuery;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;

/**
 * The staff's read side of reports: the queue (filtered, sorted and paged by the database), its CSV
 * export, a report's detail with the steps the caller may take, the agents to assign to, and photos.
 * Every read is confined by {@link ReportAccess} (an agent sees only his department's reports).
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class ReportQueue {

    /** Sortable columns of the queue and the attribute each sorts by. */
    private static final Map<String, String> SORTS =
            Map.of("folio", "folioNumber", "receivedAt", "receivedAt", "dueAt", "clock.dueAt", "status", "status");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ReportAccess access;

    @EJB
    private org.puente.casework.CaseClocks clocks;

    @EJB
    private org.puente.audit.AuditLog audit;

    /** One page of the queue, paged and sorted by the database. */
    public List<QueueRow> queue(QueueFilter filter, int first, int pageSize, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueueRow> q = cb.createQuery(QueueRow.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        Join<Object, Object> service = r.join("service");
        Join<Object, Object> colonia = r.join("colonia");
        Join<Object, Object> department = r.join("department");
        Join<Object, Object> assignee = r.join("assignee", JoinType.LEFT);
        q.select(cb.construct(
                QueueRow.class,
                r.get("id"),
                r.get("folio"),
                service.get("name"),
                colonia.get("name"),
                department.get("name"),
                r.get("status"),
                r.get("deadlineState"),
                r.get("receivedAt"),
                r.get("clock").get("dueAt"),
                assignee.get("fullName"),
                r.join("body").get("timeZone")));
        q.where(conditions(cb, r, filter));
        String[] attribute = SORTS.getOrDefault(sortBy, "receivedAt").split("\\.");
        Path<Object> sort = r.get(attribute[0]);
        for (int i = 1; i < attribute.length; i++) {
            sort = sort.get(attribute[i]);
        }
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
        q.select(cb.construct(
                ExportRow.class,
                r.get("folio"),
                service.get("name"),
                colonia.get("name"),
                department.get("name"),
                r.get("status"),
                r.get("deadlineState"),
                r.get("receivedAt"),
                r.get("clock").get("dueAt"),
                assignee.get("fullName"),
                r.get("street"),
                r.get("description"),
                body.get("timeZone")));
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
            all.add(r.get("status").in(ReportStatus.OPEN));
        }
        FolioQuery folio = FolioQuery.of(f.folio());
        if (folio != null) {
            all.add(folio.condition(cb, r.get("folio"), r.get("folioYear"), r.get("folioNumber")));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** The report as staff see it, with the steps the caller may take on it now. */
    public ReportDetail detail(Long id) {
        ServiceReport r = load(id);
        audit.record(org.puente.audit.AuditAction.REPORT_VIEWED, "report", r.getFolio(), null);
        return new ReportDetail(
                r.getId(),
                r.getFolio(),
                r.getService().getName(),
                r.getDepartment().getName(),
                r.getDepartment().getId(),
                r.getColonia().getName(),
                r.getColonia().getDelegacion().getName(),
                r.getStreet(),
                r.getReference(),
                r.getPoint() == null ? null : r.getPoint().getLatitude(),
                r.getPoint() == null ? null : r.getPoint().getLongitude(),
                r.getDescription(),
                r.getChannel(),
                r.getStatus(),
                r.getDeadlineState(),
                r.getReceivedAt(),
                r.getDueAt(),
                r.getAssignee() == null ? null : r.getAssignee().getFullName(),
                r.getContact().getName(),
                ReportNotices.reporterEmail(r),
                r.getContact().getPhone(),
                r.getDuplicateOf() == null ? null : r.getDuplicateOf().getFolio(),
                em.createNamedQuery("ReportPhoto.ofReport", Long.class)
                        .setParameter("report", r)
                        .getResultList(),
                em.createNamedQuery("ReportPhoto.evidenceOf", Long.class)
                        .setParameter("report", r)
                        .getResultList(),
                r.getHistory().stream()
                        .map(t -> org.puente.casework.HistoryLine.forStaff(
                                t,
                                t.getKind() == ReportTransition.Kind.CITIZEN,
                                t.getAssignee() == null ? null : t.getAssignee().getFullName()))
                        .toList(),
                r.stepsFor(access.caller()),
                agents(r.getBody(), r.getDepartment()),
                r.getBody().getTimeZone(),
                clocks.clockOf(r.getBody()).trace(r.getClock().clock()).steps());
    }

    /** The active agents of the municipality the caller works for (every department), for the queue's bulk assignment. */
    public List<AgentOption> agents() {
        UserAccount caller = access.caller();
        return caller.getBody() == null ? List.of() : agents(caller.getBody(), null);
    }

    private List<AgentOption> agents(org.puente.organization.Body body, Department only) {
        var q = em.createQuery(
                        "select new org.puente.report.AgentOption(u.id, u.fullName, d.id, d.name)"
                                + " from UserAccount u join u.department d join u.roles role where role = :agente"
                                + " and u.active = true and d.body = :body" + (only == null ? "" : " and d = :only")
                                + " order by d.name, u.fullName",
                        AgentOption.class)
                .setParameter("agente", Role.AGENTE)
                .setParameter("body", body);
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

    private ServiceReport load(Long id) {
        return access.report(id);
    }
}
