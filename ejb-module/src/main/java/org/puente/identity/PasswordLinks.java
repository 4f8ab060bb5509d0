package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.notification.NotificationService;
import org.puente.notification.OutboxMessage;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.SecretTokens;

/**
 * Passwords: changing one's own, and the e-mailed links that set one (an invitation's, a "forgot
 * my password" request's, an administrator's reset): what a link is worth, and using it once.
 */
@Stateless
public class PasswordLinks {

    private static final Logger LOG = Logger.getLogger(PasswordLinks.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private StaffAccounts staff;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService notifications;

    @Inject
    private Links links;

    /** How long a "forgot my password" link works (PUENTE_PASSWORD_RESET_MINUTES). */
    @Inject
    @ConfigProperty(name = "puente.password.reset.minutes", defaultValue = "60")
    private int resetMinutes;

    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.findByLogin(username).orElseThrow(() -> new BusinessException("error.notFound"));
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("currentPassword", "password.current.wrong");
        }
        requireValid(PasswordPolicy.refusals("newPassword", newPassword, account.getUsername(), account.getEmail()));
        account.changePassword(hasher.hash(newPassword));
    }

    /**
     * "Forgot my password": when an active account has this e-mail, a link to choose a new
     * password goes to it, valid for {@code puente.password.reset.minutes}. The caller learns nothing
     * either way: the page answers the same.
     */
    public void requestPasswordReset(String email) {
        if (blank(email) || !EmailAddress.isValid(email.strip())) {
            return;
        }
        em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isActive)
                .ifPresentOrElse(
                        this::sendReset, () -> LOG.info("Password reset asked for an e-mail of no active account"));
    }

    /** How many minutes a reset link works. */
    public int passwordResetMinutes() {
        return resetMinutes;
    }

    /** An administrator sends a staff member the link to choose a new password. */
    @RolesAllowed("ADMIN")
    public void sendPasswordReset(String username) {
        UserAccount account = staff.staffAccount(username);
        if (!account.isActive() || account.getEmail() == null) {
            throw new BusinessException("staff.reset.impossible");
        }
        sendReset(account);
    }

    private void sendReset(UserAccount account) {
        PasswordToken link = new PasswordToken(account, PasswordToken.Purpose.RESET, now().plusMinutes(resetMinutes));
        em.persist(link);
        notifications.enqueueWithLink(
                account.getEmail(),
                link,
                "account.reset",
                account.getFullName(),
                account.getUsername(),
                links.base(),
                OutboxMessage.TOKEN_PLACEHOLDER,
                resetMinutes);
        LOG.info(() -> "A link to choose a new password is on its way to account " + account.getUsername());
    }

    /** What a link is worth now (usable, used, expired, or no link of ours) and why it was sent. */
    public record LinkState(PasswordToken.State state, PasswordToken.Purpose purpose) {}

    public LinkState linkState(String token) {
        return token(token)
                .map(t -> new LinkState(t.state(now()), t.getPurpose()))
                .orElse(new LinkState(PasswordToken.State.UNKNOWN, null));
    }

    /** True when the token of an invitation or reset may still set a password. */
    public boolean isUsableToken(String token) {
        return linkState(token).state() == PasswordToken.State.USABLE;
    }

    /**
     * Sets the password with an e-mailed link, under the password policy; the link works once, and the
     * account's other open links stop working. Returns the user name.
     */
    public String setPasswordWithToken(String token, String password) {
        OffsetDateTime now = now();
        PasswordToken t = token(token)
                .filter(x -> x.isUsable(now))
                .orElseThrow(() -> new BusinessException("token", "password.token.invalid"));
        UserAccount account = t.getAccount();
        requireValid(PasswordPolicy.refusals("newPassword", password, account.getUsername(), account.getEmail()));
        t.use(now);
        em.createNamedQuery("PasswordToken.openOf", PasswordToken.class)
                .setParameter("account", account)
                .getResultStream()
                .forEach(other -> other.withdraw(now));
        account.resetPassword(hasher.hash(password));
        LOG.info(() -> "Account " + account.getUsername() + " set its password with an e-mailed link");
        return account.getUsername();
    }

    private Optional<PasswordToken> token(String token) {
        if (!SecretTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordToken.byHash", PasswordToken.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    private static void requireValid(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
