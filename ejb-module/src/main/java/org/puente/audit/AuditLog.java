package org.puente.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;

/**
 * The audit log of staff actions on personal data (issue 14): {@link #record} appends a line chained
 * to the one before (see AuditEntry), in the caller's transaction, so an action that rolls back
 * leaves no line and a line is never written for an action that did not happen. Administrators search
 * it and verify its chain; the only deletion is of lines older than the retention period.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    /** A page of the search. */
    public record Page(List<AuditEntry> entries, long total) {}

    /** What an administrator searches for; every part optional. */
    public record Search(String actor, AuditAction action, String subject, LocalDate from, LocalDate to) {}

    /** The outcome of walking the chain: intact, or the first line that does not fit. */
    public record Verification(long checked, Long brokenAt) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.audit.retention.days", defaultValue = "1825")
    private int retentionDays;

    /** Appends a line for the signed-in staff member (or the system), in the caller's transaction if any. */
    public void record(AuditAction action, String subjectType, String subjectRef, String detail) {
        Optional<UserAccount> caller = scope.caller();
        String actor = caller.map(UserAccount::getUsername).orElse(RequestOrigin.SYSTEM);
        append(
                new Line(action, subjectType, subjectRef, detail),
                caller.map(UserAccount::getId).orElse(null),
                actor);
    }

    private record Line(AuditAction action, String subjectType, String subjectRef, String detail) {}

    private void append(Line line, Long actorId, String actorName) {
        // The head row is locked until the transaction ends: lines are chained one after another.
        String last = (String) em.createNativeQuery("select last_hash from audit_head where id = 1 for update")
                .getSingleResult();
        AuditEntry entry = new AuditEntry(
                OffsetDateTime.now(clock),
                actorId,
                actorName,
                source(),
                line.action(),
                line.subjectType(),
                line.subjectRef(),
                line.detail(),
                last);
        em.persist(entry);
        em.createNativeQuery("update audit_head set last_hash = ?, version = version + 1 where id = 1")
                .setParameter(1, entry.getHash())
                .executeUpdate();
    }

    private String source() {
        try {
            return origin.address();
        } catch (ContextNotActiveException e) {
            return RequestOrigin.SYSTEM;
        }
    }

    @RolesAllowed("ADMIN")
    public Page search(Search search, ZoneId zone, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (search.actor() != null && !search.actor().isBlank()) {
            where.append(" and lower(a.actorName) like :actor");
            params.add(new Object[] {"actor", "%" + search.actor().strip().toLowerCase() + "%"});
        }
        if (search.action() != null) {
            where.append(" and a.action = :action");
            params.add(new Object[] {"action", search.action()});
        }
        if (search.subject() != null && !search.subject().isBlank()) {
            where.append(" and upper(a.subjectRef) like :subject");
            params.add(new Object[] {"subject", "%" + search.subject().strip().toUpperCase() + "%"});
        }
        if (search.from() != null) {
            where.append(" and a.occurredAt >= :from");
            params.add(new Object[] {"from", search.from().atStartOfDay(zone).toOffsetDateTime()});
        }
        if (search.to() != null) {
            where.append(" and a.occurredAt < :to");
            params.add(new Object[] {
                "to", search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()
            });
        }
        TypedQuery<AuditEntry> rows =
                em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        for (Object[] p : params) {
            rows.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        Page page =
                new Page(rows.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
        record(AuditAction.AUDIT_SEARCHED, "audit", null, describe(search));
        return page;
    }

    private static String describe(Search s) {
        List<String> parts = new ArrayList<>();
        if (s.actor() != null && !s.actor().isBlank()) {
            parts.add("actor=" + s.actor().strip());
        }
        if (s.action() != null) {
            parts.add("action=" + s.action());
        }
        if (s.subject() != null && !s.subject().isBlank()) {
            parts.add("subject=" + s.subject().strip());
        }
        if (s.from() != null) {
            parts.add("from=" + s.from());
        }
        if (s.to() != null) {
            parts.add("to=" + s.to());
        }
        return String.join(" ", parts);
    }

    /**
     * Walks the chain from its oldest remaining line (whose previous hash is taken as given: the lines
     * before it were purged) and names the first line that was altered or whose predecessor is missing.
     */
    @RolesAllowed("ADMIN")
    public Verification verify() {
        String expectedPrev = null;
        long checked = 0;
        int batch = 1000;
        for (long afterId = Long.MIN_VALUE; ; ) {
            List<AuditEntry> entries = em.createQuery(
                            "select a from AuditEntry a where a.id > :after order by a.id", AuditEntry.class)
                    .setParameter("after", afterId)
                    .setMaxResults(batch)
                    .getResultList();
            for (AuditEntry e : entries) {
                if (!e.isIntact() || (expectedPrev != null && !expectedPrev.equals(e.getPrevHash()))) {
                    return new Verification(checked, e.getId());
                }
                expectedPrev = e.getHash();
                checked++;
                afterId = e.getId();
            }
            em.clear();
            if (entries.size() < batch) {
                break;
            }
        }
        String head = (String) em.createNativeQuery("select last_hash from audit_head where id = 1")
                .getSingleResult();
        if (expectedPrev != null && !expectedPrev.equals(head)) {
            // The newest lines were removed: the head still names the hash of the last one written.
            return new Verification(checked, -1L);
        }
        return new Verification(checked, null);
    }

    /** How many days a line is kept (MicroProfile Config {@code puente.audit.retention.days}). */
    public int retentionDays() {
        return retentionDays;
    }

    /** Deletes the lines older than the retention period, and records that it did. */
    public int purgeExpired() {
        OffsetDateTime before = OffsetDateTime.now(clock).minusDays(retentionDays);
        int deleted = em.createQuery("delete from AuditEntry a where a.occurredAt < :before")
                .setParameter("before", before)
                .executeUpdate();
        if (deleted > 0) {
            LOG.info("Audit log: " + deleted + " lines older than " + retentionDays + " days deleted");
            append(
                    new Line(
                            AuditAction.RETENTION_PURGED,
                            "audit",
                            null,
                            deleted + " lines older than " + retentionDays + " days"),
                    null,
                    RequestOrigin.SYSTEM);
        }
        return deleted;
    }
}
