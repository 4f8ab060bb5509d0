package org.puente.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockLight;
import org.puente.casework.FolioQuery;
import org.puente.identity.UserAccount;

/**
 * The staff's read side of petitions: the queue (filtered, sorted and paged by the database, the light
 * included, from the stored due date and warning point) and its CSV export, both confined by
 * {@link PetitionAccess}. The detail of one petition is {@link PetitionDetails}.
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class PetitionQueue {

    /** Sortable columns of the queue and the attribute each sorts by. */
    private static final Map<String, String> SORTS = Map.of(
            "folio", "folioNumber", "receivedAt", "clock.receivedAt", "dueAt", "clock.dueAt", "status", "status");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PetitionAccess access;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** One page of the queue, sorted by a column of {@link #SORTS} (received, newest first, otherwise). */
    public List<PetitionRow> queue(PetitionFilter filter, int first, int pageSize, String sortBy, boolean ascending) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Petition> q = cb.createQuery(Petition.class);
        Root<Petition> p = q.from(Petition.class);
        q.where(conditions(cb, p, filter, now));
        String attribute = sortBy == null ? null : SORTS.get(sortBy);
        Path<Object> sort = path(p, attribute == null ? "clock.receivedAt" : attribute);
        boolean asc = attribute != null && ascending;
        q.orderBy(asc ? cb.asc(sort) : cb.desc(sort), asc ? cb.asc(p.get("id")) : cb.desc(p.get("id")));
        return em.createQuery(q)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(r -> new PetitionRow(
                        r.getId(),
                        r.getFolio(),
                        r.getType(),
                        r.getStatus(),
                        r.getClock().lightAt(now),
                        r.getIdentity(),
                        r.getSubject(),
                        r.getDepartment() == null ? null : r.getDepartment().getName(),
                        r.getAssignee() == null ? null : r.getAssignee().getFullName(),
                        r.getReceivedAt(),
                        r.getClock().getDueAt(),
                        r.getBody().getTimeZone()))
                .toList();
    }

    /** How many match, counting no further than {@code cap} + 1 (past it the page invites a filter). */
    public long countUpTo(PetitionFilter filter, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Petition> p = q.from(Petition.class);
        q.select(p.get("id")).where(conditions(cb, p, filter, OffsetDateTime.now(clock)));
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }

    public long count(PetitionFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Petition> p = q.from(Petition.class);
        q.select(cb.count(p)).where(conditions(cb, p, filter, OffsetDateTime.now(clock)));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * One page of the CSV export, by folio. The filer's name and contact only for an identified petition
     * whose filer the caller may see: never a reserved or an anonymous one's.
     */
    public List<PetitionExportRow> exportPage(PetitionFilter filter, int first, int pageSize) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UserAccount caller = access.caller();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Petition> q = cb.createQuery(Petition.class);
        Root<Petition> p = q.from(Petition.class);
        q.where(conditions(cb, p, filter, now));
        q.orderBy(cb.asc(p.get("folioYear")), cb.asc(p.get("folioNumber")), cb.asc(p.get("id")));
        if (first == 0) {
            audit.record(AuditAction.PETITIONS_EXPORTED, "petition", null, "CSV " + filter);
        }
        return em.createQuery(q)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(r -> {
                    boolean filer = r.getIdentity() == CaseIdentity.IDENTIFIED && r.filerVisibleTo(caller);
                    return new PetitionExportRow(
                            r.getFolio(),
                            r.getType(),
                            r.getStatus(),
                            r.getClock().lightAt(now),
                            r.getIdentity(),
                            r.getChannel(),
                            r.getDepartment() == null ? null : r.getDepartment().getName(),
                            r.getAssignee() == null ? null : r.getAssignee().getFullName(),
                            r.getReceivedAt(),
                            r.getClock().getDueAt(),
                            r.getClock().getClosedAt(),
                            r.getClock().getMetTerm(),
                            r.getSubject(),
                            r.getText(),
                            filer ? PetitionDetails.filerName(r) : null,
                            filer ? r.replyAddress() : null,
                            filer ? r.contactPhone() : null,
                            r.getBody().getTimeZone());
                })
                .toList();
    }

    private Predicate conditions(CriteriaBuilder cb, Root<Petition> p, PetitionFilter f, OffsetDateTime now) {
        List<Predicate> all = new ArrayList<>();
        all.add(access.restrict(cb, p));
        if (f.type() != null) {
            all.add(cb.equal(p.get("type"), f.type()));
        }
        if (f.status() != null) {
            all.add(cb.equal(p.get("status"), f.status()));
        }
        if (f.departmentId() != null) {
            all.add(cb.equal(p.get("department").get("id"), f.departmentId()));
        }
        if (f.light() != null) {
            all.add(light(cb, p, f.light(), now));
        }
        FolioQuery folio = FolioQuery.of(f.folio());
        if (folio != null) {
            all.add(folio.condition(cb, p.get("folio"), p.get("folioYear"), p.get("folioNumber")));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /**
     * The light as a condition on the stored reading, the same rule as {@code ClockRecord.lightAt}: closed
     * is attended; past its due date, overdue; from its warning point, about to fall due; a paused clock keeps
     * the light it had when it stopped (its due date is null then).
     */
    static Predicate light(CriteriaBuilder cb, Root<Petition> p, ClockLight light, OffsetDateTime now) {
        Path<Object> c = p.get("clock");
        Path<OffsetDateTime> due = c.get("dueAt");
        Path<OffsetDateTime> warn = c.get("warnFrom");
        Path<OffsetDateTime> pause = c.get("pauseStart");
        Predicate open = cb.isNull(c.get("ending"));
        Predicate running = cb.and(cb.isNotNull(due), cb.greaterThanOrEqualTo(due, now));
        Predicate paused = cb.isNull(due);
        Predicate warned = cb.or(
                cb.and(running, cb.isNotNull(warn), cb.lessThanOrEqualTo(warn, now)),
                cb.and(paused, cb.isNotNull(warn), cb.lessThanOrEqualTo(warn, pause)));
        return switch (light) {
            case ATENDIDO -> cb.isNotNull(c.get("ending"));
            case VENCIDO -> cb.and(open, cb.isNotNull(due), cb.lessThan(due, now));
            case POR_VENCER -> cb.and(open, warned);
            case EN_TERMINO -> cb.and(open, cb.or(running, paused), cb.not(warned));
        };
    }

    private static Path<Object> path(Root<Petition> p, String dotted) {
        Path<Object> path = null;
        for (String part : dotted.split("\\.")) {
            path = path == null ? p.get(part) : path.get(part);
        }
        return path;
    }
}
