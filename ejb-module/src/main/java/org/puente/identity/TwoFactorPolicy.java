package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.setup.DemoInstallation;

/**
 * Who must sign in with a one-time code: the holders of a role an administrator chose
 * ({@link TwoFactorRule}), and administrators outside the demo installation, whatever was chosen. In the
 * demo installation nothing is required unless chosen, so the demo accounts sign in with their password.
 */
@Stateless
public class TwoFactorPolicy {

    private static final Logger LOG = Logger.getLogger(TwoFactorPolicy.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private DemoInstallation demo;

    /**
     * Whether this is the demo installation, where administrators are not made to use a second factor:
     * asked of {@link DemoInstallation}, the one place that decides it (an active demo account still signs in
     * with the published password), the same rule as the banner and the demo Open311 key.
     */
    public boolean isDemoInstallation() {
        return demo.isDemo();
    }

    /** The roles whose holders must sign in with a code now. */
    public Set<Role> requiredRoles() {
        return required(
                em.createQuery("select r.role from TwoFactorRule r where r.required = true", Role.class)
                        .getResultList(),
                isDemoInstallation());
    }

    /**
     * The rule itself: the roles an administrator chose, and administrators whatever was chosen unless this is
     * the demo installation.
     */
    static Set<Role> required(java.util.Collection<Role> chosen, boolean demoInstallation) {
        Set<Role> required = EnumSet.noneOf(Role.class);
        required.addAll(chosen);
        if (!demoInstallation) {
            required.add(Role.ADMIN);
        }
        return required;
    }

    public boolean isRequired(UserAccount account) {
        Set<Role> required = requiredRoles();
        return account.getRoles().stream().anyMatch(required::contains);
    }

    /**
     * What comes after a right password: nothing (OK), the code (CODE_REQUIRED: he has a second factor,
     * required or of his own choice), or setting one up (ENROLMENT_REQUIRED: his role needs one and he has none).
     */
    public SignInResult.Outcome afterPassword(UserAccount account) {
        if (account.hasSecondFactor()) {
            return SignInResult.Outcome.CODE_REQUIRED;
        }
        return isRequired(account) ? SignInResult.Outcome.ENROLMENT_REQUIRED : SignInResult.Outcome.OK;
    }

    /** Every staff role with whether it requires a code (administrators: see {@link #isForced}). */
    @RolesAllowed("ADMIN")
    public Map<Role, Boolean> choices() {
        Set<Role> required = requiredRoles();
        Map<Role, Boolean> choices = new LinkedHashMap<>();
        Arrays.stream(Role.values()).filter(Role::isStaff).forEach(role -> choices.put(role, required.contains(role)));
        return choices;
    }

    /** A role whose requirement no administrator can lift here: administrators outside the demo. */
    public boolean isForced(Role role) {
        return role == Role.ADMIN && !isDemoInstallation();
    }

    /** An administrator requires a code of a role's holders, or no longer does; written to the audit log. */
    @RolesAllowed("ADMIN")
    public void require(Role role, boolean required) {
        String by = scope.caller().map(UserAccount::getUsername).orElse("?");
        TwoFactorRule rule = em.find(TwoFactorRule.class, role);
        if (rule == null) {
            em.persist(new TwoFactorRule(role, required, by, OffsetDateTime.now(clock)));
        } else if (rule.isRequired() == required) {
            return;
        } else {
            rule.change(required, by, OffsetDateTime.now(clock));
        }
        audit.record(
                AuditAction.ACCOUNT_CHANGED,
                "role",
                role.name(),
                "second factor " + (required ? "required" : "optional"));
        LOG.info(() -> "Second factor " + (required ? "required" : "optional") + " for " + role + " by " + by);
    }
}
