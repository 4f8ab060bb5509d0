package org.puente.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.identity.AccountService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.Steps;

/**
 * The evaluator confirms the expert of an approved request: the account the request names, another
 * expert's account, or a person without one, whose account is opened with an invitation to set his
 * password. The expert is told.
 */
@Stateless
@RolesAllowed({"EVALUADOR", "ADMIN"})
public class ExpertAssignment {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @EJB
    private AccountService accounts;

    @EJB
    private EngagementMail mail;

    @Inject
    private Clock clock;

    /**
     * Confirms the expert: the account the request names, another existing expert account
     * ({@code expertAccountId}), or a new account opened from the proposed contact (or from
     * {@code other}, another person the evaluator assigns), who gets an e-mail to set his password.
     */
    public void confirmExpert(Long id, Long expertAccountId, ExpertInput other, String note) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        if (!r.allowedSteps(evaluator).contains(RequestStep.CONFIRM_EXPERT)) {
            // Before opening an account for nobody.
            throw new BusinessException("engagement.transition.forbidden");
        }
        UserAccount expert;
        if (expertAccountId != null) {
            expert = em.find(UserAccount.class, expertAccountId);
            if (expert == null || !expert.hasRole(Role.EXPERTO) || !expert.isActive()) {
                throw new BusinessException("expert", "engagement.expert.unknown");
            }
        } else if (other == null && r.getExpert() != null) {
            expert = r.getExpert();
        } else {
            expert = personsAccount(r, other);
        }
        UserAccount chosen = expert;
        Steps.attempt("engagement", () -> r.confirmExpert(chosen, evaluator, OffsetDateTime.now(clock), note));
        mail.expertAssigned(r, chosen);
        mail.toEnlace(r, note);
    }

    /** The account of the proposed person (or of {@code other}): his own if he has one, a new one otherwise. */
    private UserAccount personsAccount(EngagementRequest r, ExpertInput other) {
        String name = other == null ? r.getProposedExpert().getName() : other.name();
        String email = other == null ? r.getProposedExpert().getEmail() : other.email();
        List<BusinessException> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new BusinessException("expertName", "engagement.expert.name.required"));
        }
        if (!EmailAddress.isValid(email)) {
            problems.add(new BusinessException("expertEmail", "engagement.expert.email.invalid"));
        }
        ProposalCheck.requireNone(problems);
        UserAccount existing = accounts.findByLogin(email).orElse(null);
        if (existing != null) {
            if (!existing.hasRole(Role.EXPERTO)) {
                throw new BusinessException("expertEmail", "engagement.expert.notExpert");
            }
            return existing;
        }
        // the account service e-mails the invitation, whose link exists only in the e-mail
        return accounts.invite(name, email, r.getBody(), r.getUnit(), Role.EXPERTO);
    }
}
