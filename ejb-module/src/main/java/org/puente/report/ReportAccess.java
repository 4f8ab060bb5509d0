package org.puente.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * Who may see and work which reports: the body rule of {@link BodyScope}, narrowed for agents to
 * their own department (a manager or an operator sees the whole municipality's).
 */
@RequestScoped
public class ReportAccess {

    @Inject
    private BodyScope scope;

    @jakarta.persistence.PersistenceContext(unitName = "puente")
    private jakarta.persistence.EntityManager em;

    /** The report, if the caller may see it: unknown ones are "not found", others' are refused. */
    public ServiceReport report(Long id) {
        ServiceReport r = id == null ? null : em.find(ServiceReport.class, id);
        if (r == null) {
            throw new BusinessException("error.notFound");
        }
        check(r);
        return r;
    }

    /** The department an agent is confined to, or null when the caller sees the whole body. */
    private Department confinedTo() {
        UserAccount caller = scope.caller().orElseThrow(AccessDeniedException::new);
        boolean wider = caller.hasRole(Role.GERENTE) || caller.hasRole(Role.OPERADOR) || caller.isAgencyWide();
        return !wider && caller.hasRole(Role.AGENTE) ? caller.getDepartment() : null;
    }

    public void check(ServiceReport report) {
        scope.check(report.getBody());
        Department department = confinedTo();
        if (department != null && !department.equals(report.getDepartment())) {
            throw new AccessDeniedException();
        }
    }

    public Predicate restrict(CriteriaBuilder cb, Path<?> body, Path<Department> department) {
        @SuppressWarnings("unchecked")
        Predicate byBody = scope.restrict(cb, (Path<org.puente.organization.Body>) body);
        Department confined = confinedTo();
        return confined == null ? byBody : cb.and(byBody, cb.equal(department, confined));
    }

    public UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }
}
