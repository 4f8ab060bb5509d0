package org.puente.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * The second factor of a staff account: a time-based one-time code ({@link Totp}). The person sets it up on
 * his account page (a new secret, confirmed with a code before it is switched on) or, when his role requires
 * one and he has none, at the sign-in right after his password; he switches it off with a code unless his
 * role requires it; an administrator resets it (he then sets it up again). At sign-in, the code is checked
 * here for the account whose password the web layer has just accepted. A code is accepted once.
 */
@Stateless
public class TwoFactor {

    public static final String ISSUER = "Puente";

    private static final Logger LOG = Logger.getLogger(TwoFactor.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private TwoFactorPolicy policy;

    @Inject
    private TotpSecrets secrets;

    @Inject
    private BodyScope scope;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The signed-in person's second factor: on since when, and whether his role requires it. */
    public record Status(boolean enabled, OffsetDateTime enabledAt, boolean required) {}

    @RolesAllowed({
        "OPERADOR",
        "AGENTE",
        "GERENTE",
        "ENLACE",
        "EVALUADOR",
        "MODERADOR",
        "EXPERTO",
        "COMUNICACION",
        "ADMIN"
    })
    public Status status() {
        UserAccount account = caller();
        return new Status(account.hasSecondFactor(), account.getTotpEnabledAt(), policy.isRequired(account));
    }

    /** A new secret for the person to put into his app; nothing is stored before he confirms it. */
    @PermitAll
    public String newSecret() {
        return Totp.newSecret();
    }

    /** The signed-in person switches the second factor on with the secret he was shown and its current code. */
    @RolesAllowed({
        "OPERADOR",
        "AGENTE",
        "GERENTE",
        "ENLACE",
        "EVALUADOR",
        "MODERADOR",
        "EXPERTO",
        "COMUNICACION",
        "ADMIN"
    })
    public void enrol(String base32Secret, String code) {
        UserAccount account = caller();
        if (account.hasSecondFactor()) {
            throw new BusinessException("twoFactor.alreadyOn");
        }
        if (!switchOn(account, base32Secret, code)) {
            throw new BusinessException("code", "twoFactor.code.invalid");
        }
        LOG.info(() ->
                "Second factor switched on by " + context.getCallerPrincipal().getName());
    }

    /** The signed-in person switches it off with a current code, unless his role requires it. */
    @RolesAllowed({
        "OPERADOR",
        "AGENTE",
        "GERENTE",
        "ENLACE",
        "EVALUADOR",
        "MODERADOR",
        "EXPERTO",
        "COMUNICACION",
        "ADMIN"
    })
    public void disable(String code) {
        UserAccount account = caller();
        if (!account.hasSecondFactor()) {
            return;
        }
        if (policy.isRequired(account)) {
            throw new BusinessException("twoFactor.required");
        }
        if (!useCode(account, code)) {
            throw new BusinessException("code", "twoFactor.code.invalid");
        }
        account.disableSecondFactor();
        LOG.info(() -> "Second factor switched off by " + account.getUsername());
    }

    /**
     * The second step of a sign-in, for the account whose password the web layer has just accepted: the
     * code, or (with {@code enrolSecret}, when his role requires a second factor he had not set up) the
     * confirmation of the secret he was shown. OK signs him in; INVALID is a wrong or used code.
     */
    @PermitAll
    public SignInResult completeSignIn(String username, String code, String enrolSecret) {
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null || !account.isActive()) {
            return SignInResult.refused(SignInResult.Outcome.INACTIVE);
        }
        boolean accepted = account.hasSecondFactor()
                ? useCode(account, code)
                : enrolSecret != null && switchOn(account, enrolSecret, code);
        if (!accepted) {
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        account.signedIn(OffsetDateTime.now(clock));
        return SignInResult.ok(account);
    }

    /** An administrator resets a staff member's second factor: he sets it up again at his next sign-in or on his page. */
    @RolesAllowed("ADMIN")
    public void reset(String username) {
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isStaff)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        scope.check(account.getBody());
        account.disableSecondFactor();
        audit.record(AuditAction.ACCOUNT_CHANGED, "account", account.getUsername(), "second factor reset");
        LOG.info(() -> "Second factor of " + account.getUsername() + " reset by "
                + context.getCallerPrincipal().getName());
    }

    /** Whether a staff account has a second factor on (for the administrator's editor). */
    @RolesAllowed("ADMIN")
    public boolean isEnabled(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(UserAccount::hasSecondFactor)
                .orElse(false);
    }

    /** Switches the second factor on with this secret if the code is its current one; false if not. */
    private boolean switchOn(UserAccount account, String base32Secret, String code) {
        byte[] secret;
        try {
            secret = Totp.fromBase32(base32Secret);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        OptionalLong step = Totp.standard().matchingStep(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            return false;
        }
        account.enableSecondFactor(secrets.seal(base32Secret), step.getAsLong(), OffsetDateTime.now(clock));
        return true;
    }

    /** Checks a code against the account's secret and marks its step used; false for a wrong or used code. */
    private boolean useCode(UserAccount account, String code) {
        OptionalLong step = Totp.standard()
                .matchingStep(
                        secrets.open(account.getSealedTotpSecret()), code, clock.instant(), account.getTotpLastStep());
        return step.isPresent() && account.useCodeStep(step.getAsLong());
    }

    private UserAccount caller() {
        String name = context.getCallerPrincipal().getName();
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(AccessDeniedException::new);
    }
}
