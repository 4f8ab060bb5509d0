package org.puente.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.puente.identity.BodyScope;

/**
 * The operator's view of a caller: the reports filed earlier from the same phone number, within the
 * bodies the operator may see ({@link BodyScope}). Agents, who see one department only, do not get it.
 */
@Stateless
@RolesAllowed({"OPERADOR", "GERENTE", "ADMIN"})
public class CallerHistory {

    /** Numbers are compared on their last ten digits, so "+52 722 123 4567" is "7221234567". */
    static final int SIGNIFICANT_DIGITS = 10;

    private static final int MIN_DIGITS = 7;
    private static final int MAX_SHOWN = 10;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @jakarta.ejb.EJB
    private org.puente.audit.AuditLog audit;

    /** Newest first; nothing for a number of fewer than 7 digits. */
    public List<EarlierReport> byPhone(String phone) {
        String digits = significantDigits(phone);
        if (digits.length() < MIN_DIGITS) {
            return List.of();
        }
        // The log keeps the last four digits only: it says that a number was looked up, not which.
        audit.record(
                org.puente.audit.AuditAction.CALLER_LOOKED_UP,
                "phone",
                "…" + digits.substring(digits.length() - 4),
                null);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ServiceReport> q = cb.createQuery(ServiceReport.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        // The stored number keeps the caller's spaces and dashes: the pattern takes the digits in order
        // with anything between them, and the exact comparison follows on the few rows it finds.
        q.where(
                scope.restrict(cb, r.get("body")),
                cb.like(r.get("contact").get("phone"), "%" + String.join("%", digits.split("")) + "%"));
        q.orderBy(cb.desc(r.get("receivedAt")));
        return em.createQuery(q)
                .setMaxResults(200)
                .getResultStream()
                .filter(x -> digits.equals(significantDigits(x.getContact().getPhone())))
                .limit(MAX_SHOWN)
                .map(x -> new EarlierReport(
                        x.getId(),
                        x.getFolio(),
                        x.getService().getName(),
                        x.getColonia().getName(),
                        x.getStatus(),
                        x.getReceivedAt(),
                        x.getBody().getTimeZone()))
                .toList();
    }

    static String significantDigits(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.length() > SIGNIFICANT_DIGITS ? digits.substring(digits.length() - SIGNIFICANT_DIGITS) : digits;
    }
}
