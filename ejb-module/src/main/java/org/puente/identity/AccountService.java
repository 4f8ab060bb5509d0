package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;
import org.puente.notification.NotificationService;
import org.puente.notification.OutboxMessage;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.SecretTokens;
import org.puente.privacy.Consents;
import org.puente.privacy.PrivacyNotice;

/**
 * Who someone is: signing in, the per-request check of open sessions, finding an account by its
 * name or e-mail, and opening accounts (a citizen's own sign-up, an invited expert's). The staff
 * administration is {@link StaffAccounts}; passwords and their e-mailed links are {@link PasswordLinks}.
 */
@Stateless
public class AccountService {

    public static final int INVITATION_DAYS = 7;

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService notifications;

    @Inject
    private Links links;

    @Inject
    private Consents consents;

    @jakarta.ejb.EJB
    private TwoFactorPolicy twoFactor;

    /**
     * Checks a user name (or a citizen's e-mail) and password. The lock-out after repeated failures is
     * per user name and source address, counted where the attempt comes in (the web module's identity store),
     * so nobody can lock an account's owner out from elsewhere. An unknown name and a locked or inactive
     * account cost the same PBKDF2 check as a wrong password, and the login page answers them alike.
     * A right password of an account with a second factor (or whose role requires one) signs nobody in:
     * the outcome says which second step comes ({@link TwoFactorPolicy#afterPassword}).
     */
    public SignInResult signIn(String login, String password) {
        OffsetDateTime now = now();
        Optional<UserAccount> found = findByLogin(login);
        if (found.isEmpty()) {
            hasher.spendCheckTime(password == null ? "" : password);
            return SignInResult.refused(SignInResult.Outcome.UNKNOWN);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            hasher.spendCheckTime(password == null ? "" : password);
            return SignInResult.refused(SignInResult.Outcome.LOCKED);
        }
        if (password == null || !hasher.matches(password, account.getPasswordHash())) {
            // Failures are not counted on the account: the lock-out is per user name and source address, at
            // the sign-in entry point (RateLimits), or anyone anywhere could keep the owner out.
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        if (!account.isActive()) {
            return SignInResult.refused(SignInResult.Outcome.INACTIVE);
        }
        SignInResult.Outcome next = twoFactor.afterPassword(account);
        if (next != SignInResult.Outcome.OK) {
            // not signed in yet: the one-time code (TwoFactor.completeSignIn) comes first
            return SignInResult.secondStep(account, next);
        }
        em.createNamedQuery("UserAccount.signedIn")
                .setParameter("at", now)
                .setParameter("id", account.getId())
                .executeUpdate();
        return SignInResult.ok(account);
    }

    /**
     * The session number of an account that may still be signed in, for the per-request check of open
     * sessions; empty when the account is gone or deactivated.
     */
    public OptionalInt sessionVersion(String username) {
        List<Object[]> rows = em.createNamedQuery("UserAccount.sessionState", Object[].class)
                .setParameter("username", username)
                .getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(((Number) rows.get(0)[1]).intValue());
    }

    public Optional<UserAccount> findByLogin(String login) {
        if (blank(login)) {
            return Optional.empty();
        }
        String key = login.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> byName = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", key)
                .getResultStream()
                .findFirst();
        return byName.isPresent()
                ? byName
                : em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                        .setParameter("email", key)
                        .getResultStream()
                        .findFirst();
    }

    /** A citizen opens his own account; every field is checked and each problem reported on its field. */
    public UserAccount registerCitizen(CitizenRegistration form) {
        List<BusinessException> problems = new ArrayList<>();
        if (blank(form.fullName())) {
            problems.add(new BusinessException("fullName", "registration.fullName.required"));
        } else if (form.fullName().strip().length() > 200) {
            problems.add(new BusinessException("fullName", "registration.fullName.tooLong"));
        }
        String email = blank(form.email()) ? null : form.email().strip().toLowerCase(Locale.ROOT);
        if (email == null) {
            problems.add(new BusinessException("email", "registration.email.required"));
        } else if (!EmailAddress.isValid(email)) {
            problems.add(new BusinessException("email", "registration.email.invalid"));
        } else if (findByLogin(email).isPresent()) {
            problems.add(new BusinessException("email", "registration.email.taken"));
        }
        problems.addAll(PasswordPolicy.refusals("password", form.password(), email, email));
        if (!form.privacyConsent()) {
            problems.add(new BusinessException("privacyConsent", "registration.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PrivacyNotice notice = consents.forAccounts();
        UserAccount account = UserAccount.citizen(email, form.fullName(), email, hasher.hash(form.password()), now());
        em.persist(account);
        consents.forAccount(account, notice);
        return account;
    }

    /**
     * Opens a staff account for someone who has none yet (an expert the agency confirms, say) and
     * e-mails him a link to set his password, valid for {@link #INVITATION_DAYS} days: the password is
     * unknown to everybody until then. The user name comes from the e-mail.
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public UserAccount invite(String fullName, String email, Body body, Department department, Role role) {
        if (!EmailAddress.isValid(email)) {
            throw new BusinessException("expertEmail", "registration.email.invalid");
        }
        if (findByLogin(email).isPresent()) {
            throw new BusinessException("expertEmail", "registration.email.taken");
        }
        String base =
                email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "").replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = "experto." + base;
        }
        String username = base;
        for (int i = 2; findByLogin(username).isPresent(); i++) {
            username = base + i;
        }
        UserAccount account = UserAccount.staff(
                username, fullName, email, hasher.hash(SecretTokens.newToken()), body, department, Set.of(role), now());
        em.persist(account);
        PasswordToken link =
                new PasswordToken(account, PasswordToken.Purpose.INVITATION, now().plusDays(INVITATION_DAYS));
        em.persist(link);
        notifications.enqueueWithLink(
                account.getEmail(),
                link,
                "account.invitation",
                account.getFullName(),
                account.getUsername(),
                links.base(),
                OutboxMessage.TOKEN_PLACEHOLDER,
                INVITATION_DAYS);
        LOG.info(() -> "Account " + account.getUsername() + " opened; a link to set its password is on its way");
        return account;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
