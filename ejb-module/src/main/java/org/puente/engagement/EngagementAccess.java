package org.puente.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * Who may see and act on which engagement requests, the one place that says it (for one request and
 * for lists): an Enlace his own unit's; the expert those he is the expert of; the agency's roles
 * (evaluator, moderator, administrator) every one. Only an evaluator (or administrator) evaluates,
 * and never a request he filed himself; which steps are open is the request's own answer
 * ({@link EngagementRequest#allowedSteps}).
 */
@RequestScoped
public class EngagementAccess {

    @Inject
    private BodyScope scope;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    /** The request, when it exists and the caller may see it. */
    public EngagementRequest load(Long id) {
        EngagementRequest r = id == null ? null : em.find(EngagementRequest.class, id);
        if (r == null) {
            throw new BusinessException("error.notFound");
        }
        check(r);
        return r;
    }

    public boolean canSee(EngagementRequest r) {
        UserAccount caller = caller();
        if (caller.isAgencyWide() || r.isAnsweredBy(caller)) {
            return true;
        }
        return caller.hasRole(Role.EXPERTO) && caller.equals(r.getExpert());
    }

    public void check(EngagementRequest r) {
        if (!canSee(r)) {
            throw new AccessDeniedException();
        }
    }

    /** The evaluator's steps: refused to anyone else, and to the request's own requester. */
    public UserAccount checkEvaluator(EngagementRequest r) {
        UserAccount caller = caller();
        if (!caller.hasRole(Role.EVALUADOR) && !caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        if (caller.equals(r.getRequester())) {
            throw new BusinessException("engagement.evaluator.ownRequest");
        }
        return caller;
    }

    public boolean canEvaluate(EngagementRequest r) {
        return r.isEvaluatedBy(caller());
    }

    /** The Enlace's answers (accept, counter-propose, withdraw): his unit's requests only. */
    public UserAccount checkEnlace(EngagementRequest r) {
        if (!canAnswer(r)) {
            throw new AccessDeniedException();
        }
        return caller();
    }

    public boolean canAnswer(EngagementRequest r) {
        return r.isAnsweredBy(caller());
    }

    /** The steps the caller may take now on the request and on its event (when it has one). */
    public Set<RequestStep> allowedSteps(EngagementRequest r, EngagementEvent event) {
        Set<RequestStep> steps = EnumSet.noneOf(RequestStep.class);
        steps.addAll(r.allowedSteps(caller()));
        if (event != null) {
            steps.addAll(event.allowedSteps(caller()));
        }
        return steps;
    }

    /**
     * The query of the requests the caller may see ({@code r}), for lists: the same rule as
     * {@link #canSee}, written as a where clause.
     */
    public <T> TypedQuery<T> visible(String select, String order, Class<T> type) {
        UserAccount caller = caller();
        boolean unit = !caller.isAgencyWide() && caller.hasRole(Role.ENLACE) && caller.getDepartment() != null;
        boolean expert = !caller.isAgencyWide() && caller.hasRole(Role.EXPERTO);
        List<String> who = new ArrayList<>();
        if (unit) {
            who.add("r.unit = :unit");
        }
        if (expert) {
            who.add("r.expert = :caller");
        }
        String where = caller.isAgencyWide()
                ? ""
                : who.isEmpty() ? " where r.id is null" : " where " + String.join(" or ", who);
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (unit) {
            q.setParameter("unit", caller.getDepartment());
        }
        if (expert) {
            q.setParameter("caller", caller);
        }
        return q;
    }
}
