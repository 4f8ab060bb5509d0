package org.puente.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;

/**
 * Who may see and act on which engagement requests: an Enlace his own unit's; the expert those he
 * is the expert of; the agency's roles (evaluator, moderator, administrator) every one. Only an
 * evaluator (or administrator) evaluates, and never a request he filed himself.
 */
@RequestScoped
public class EngagementAccess {

    @Inject
    private BodyScope scope;

    public UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    public boolean canSee(EngagementRequest r) {
        UserAccount caller = caller();
        if (caller.isAgencyWide()) {
            return true;
        }
        if (caller.hasRole(Role.ENLACE) && caller.getDepartment() != null && caller.getDepartment().equals(r.getUnit())) {
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
            throw new org.puente.platform.BusinessException("engagement.evaluator.ownRequest");
        }
        return caller;
    }

    public boolean canEvaluate(EngagementRequest r) {
        UserAccount caller = caller();
        return (caller.hasRole(Role.EVALUADOR) || caller.hasRole(Role.ADMIN)) && !caller.equals(r.getRequester());
    }

    /** The Enlace's answers (accept, counter-propose, withdraw): his unit's requests only. */
    public UserAccount checkEnlace(EngagementRequest r) {
        UserAccount caller = caller();
        if (!canAnswer(r)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    public boolean canAnswer(EngagementRequest r) {
        UserAccount caller = caller();
        return caller.hasRole(Role.ENLACE) && caller.getDepartment() != null && caller.getDepartment().equals(r.getUnit());
    }
}
