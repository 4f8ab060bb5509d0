package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.notification.NotificationService;
import org.puente.notification.OutboxMessage;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.SecretTokens;

/** Accounts: signing in, citizens' sign-up, staff accounts, passwords. */
@Stateless
public class AccountService {

    @jakarta.inject.Inject
    private org.puente.abuse.RateLimits limits;

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService notifications;

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** How long a "forgot my password" link works (PUENTE_PASSWORD_RESET_MINUTES). */
    @Inject
    @ConfigProperty(name = "puente.password.reset.minutes", defaultValue = "60")
    private int resetMinutes;

    /**
     * Checks a user name (or a citizen's e-mail) and password. The lock-out after repeated failures is
     * per user name and source address, counted where the attempt comes in (the web module's identity store),
     * so nobody can lock an account's owner out from elsewhere. An unknown name and a locked or inactive
     * account cost the same PBKDF2 check as a wrong password, and the login page answers them alike.
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
        account.signedIn(now);
        return SignInResult.ok(account);
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
        UserAccount account = UserAccount.citizen(email, form.fullName(), email, hasher.hash(form.password()),
                PrivacyNotice.VERSION, now());
        em.persist(account);
        return account;
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = findByLogin(username).orElseThrow(() -> new BusinessException("error.notFound"));
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("currentPassword", "password.current.wrong");
        }
        requireValid(PasswordPolicy.refusals("newPassword", newPassword, account.getUsername(), account.getEmail()));
        account.changePassword(hasher.hash(newPassword));
    }

    public Optional<UserAccount> findByLogin(String login) {
        if (blank(login)) {
            return Optional.empty();
        }
        String key = login.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> byName = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", key).getResultStream().findFirst();
        return byName.isPresent() ? byName : em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", key).getResultStream().findFirst();
    }

    /** Staff accounts of the bodies the caller may see, one page at a time. */
    @RolesAllowed({"ADMIN", "GERENTE"})
    public List<AccountRow> staff(Long bodyId, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> q = cb.createQuery(UserAccount.class);
        Root<UserAccount> u = q.from(UserAccount.class);
        q.where(staffFilter(cb, u, bodyId)).orderBy(cb.asc(u.get("body").get("name")), cb.asc(u.get("username")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(a -> AccountRow.of(a, now())).toList();
    }

    @RolesAllowed({"ADMIN", "GERENTE"})
    public long countStaff(Long bodyId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<UserAccount> u = q.from(UserAccount.class);
        q.select(cb.count(u)).where(staffFilter(cb, u, bodyId));
        return em.createQuery(q).getSingleResult();
    }

    private Predicate staffFilter(CriteriaBuilder cb, Root<UserAccount> u, Long bodyId) {
        Predicate p = cb.and(cb.isNotNull(u.get("body")), scope.restrict(cb, u.get("body")));
        return bodyId == null ? p : cb.and(p, cb.equal(u.get("body").get("id"), bodyId));
    }

    /** An administrator opens a staff account in any body. */
    @RolesAllowed("ADMIN")
    public UserAccount createStaff(NewStaffAccount form) {
        List<BusinessException> problems = new ArrayList<>();
        String username = null;
        if (blank(form.username())) {
            problems.add(new BusinessException("username", "staff.username.required"));
        } else {
            try {
                username = UserAccount.normaliseUsername(form.username());
                if (findByLogin(username).isPresent()) {
                    problems.add(new BusinessException("username", "staff.username.taken"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new BusinessException("username", "staff.username.invalid"));
            }
        }
        if (blank(form.fullName())) {
            problems.add(new BusinessException("fullName", "staff.fullName.required"));
        }
        if (blank(form.email())) {
            problems.add(new BusinessException("email", "registration.email.required"));
        } else if (!EmailAddress.isValid(form.email())) {
            problems.add(new BusinessException("email", "registration.email.invalid"));
        } else if (findByLogin(form.email()).isPresent()) {
            problems.add(new BusinessException("email", "registration.email.taken"));
        }
        problems.addAll(PasswordPolicy.refusals("password", form.password(),
                username == null ? form.username() : username, form.email()));
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            problems.add(new BusinessException("body", "staff.body.required"));
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        for (UserAccount.RoleProblem problem : UserAccount.roleProblems(body, department, form.roles())) {
            problems.add(new BusinessException(problem.field(), problem.messageKey(),
                    body == null ? "" : body.getName()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = UserAccount.staff(username, form.fullName(), form.email(), hasher.hash(form.password()),
                body, department, form.roles(), now());
        em.persist(account);
        return account;
    }

    /**
     * Opens the first administrator account on an installation without one (PostgreSQL in
     * production, no demo data), in the agency body, which it creates when missing.
     */
    public boolean createFirstAdministrator(String password, String agencyCode, String agencyName) {
        Long admins = em.createNamedQuery("UserAccount.countWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return false;
        }
        List<PasswordPolicy.Problem> weak = PasswordPolicy.problems(password, "admin", null);
        if (!weak.isEmpty()) {
            throw new IllegalArgumentException("PUENTE_ADMIN_PASSWORD does not meet the password policy ("
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters, not a common password, not containing 'admin'): " + weak);
        }
        Body agency = em.createNamedQuery("Body.byKind", Body.class).setParameter("kind", BodyKind.AGENCIA)
                .getResultStream().findFirst().orElseGet(() -> {
                    Body created = new Body(agencyCode, agencyName, BodyKind.AGENCIA, null,
                            java.time.ZoneId.of("America/Mexico_City"));
                    em.persist(created);
                    return created;
                });
        em.persist(UserAccount.staff("admin", "Administrador", null, hasher.hash(password), agency, null,
                java.util.Set.of(Role.ADMIN), now()));
        LOG.info("First administrator account 'admin' created in " + agency.getName());
        return true;
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
        String base = email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "").replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = "experto." + base;
        }
        String username = base;
        for (int i = 2; findByLogin(username).isPresent(); i++) {
            username = base + i;
        }
        UserAccount account = UserAccount.staff(username, fullName, email, hasher.hash(SecretTokens.newToken()), body,
                department, java.util.Set.of(role), now());
        em.persist(account);
        PasswordToken link = new PasswordToken(account, PasswordToken.Purpose.INVITATION, now().plusDays(INVITATION_DAYS));
        em.persist(link);
        notifications.enqueueWithLink(account.getEmail(), link, "account.invitation", account.getFullName(),
                account.getUsername(), baseUrl, OutboxMessage.TOKEN_PLACEHOLDER, INVITATION_DAYS);
        LOG.info(() -> "Account " + account.getUsername() + " opened; a link to set its password is on its way");
        return account;
    }

    public static final int INVITATION_DAYS = 7;

    /**
     * "¿Olvidaste tu contraseña?": when an active account has this e-mail, a link to choose a new
     * password goes to it, valid for {@code puente.password.reset.minutes}. The caller learns nothing
     * either way: the page answers the same.
     */
    public void requestPasswordReset(String email) {
        if (blank(email) || !EmailAddress.isValid(email.strip())) {
            return;
        }
        em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .filter(UserAccount::isActive).ifPresentOrElse(this::sendReset,
                        () -> LOG.info("Password reset asked for an e-mail of no active account"));
    }

    /** How many minutes a reset link works. */
    public int passwordResetMinutes() {
        return resetMinutes;
    }

    /** An administrator sends a staff member the link to choose a new password. */
    @RolesAllowed("ADMIN")
    public void sendPasswordReset(String username) {
        UserAccount account = staffAccount(username);
        if (!account.isActive() || account.getEmail() == null) {
            throw new BusinessException("staff.reset.impossible");
        }
        sendReset(account);
    }

    private void sendReset(UserAccount account) {
        PasswordToken link = new PasswordToken(account, PasswordToken.Purpose.RESET, now().plusMinutes(resetMinutes));
        em.persist(link);
        notifications.enqueueWithLink(account.getEmail(), link, "account.reset", account.getFullName(),
                account.getUsername(), baseUrl, OutboxMessage.TOKEN_PLACEHOLDER, resetMinutes);
        LOG.info(() -> "A link to choose a new password is on its way to account " + account.getUsername());
    }

    /** What a link is worth now (usable, used, expired, or no link of ours) and why it was sent. */
    public record LinkState(PasswordToken.State state, PasswordToken.Purpose purpose) {
    }

    public LinkState linkState(String token) {
        return token(token).map(t -> new LinkState(t.state(now()), t.getPurpose()))
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
        PasswordToken t = token(token).filter(x -> x.isUsable(now))
                .orElseThrow(() -> new BusinessException("token", "password.token.invalid"));
        UserAccount account = t.getAccount();
        requireValid(PasswordPolicy.refusals("newPassword", password, account.getUsername(), account.getEmail()));
        t.use(now);
        em.createNamedQuery("PasswordToken.openOf", PasswordToken.class).setParameter("account", account)
                .getResultStream().forEach(other -> other.withdraw(now));
        account.resetPassword(hasher.hash(password));
        LOG.info(() -> "Account " + account.getUsername() + " set its password with an e-mailed link");
        return account.getUsername();
    }

    // ---------------------------------------------------------------------------------------------
    // An administrator manages staff accounts

    /** One staff account as the administrator's edit form shows it. */
    @RolesAllowed("ADMIN")
    public UserAccount staffAccount(String username) {
        UserAccount account = findByLogin(username).filter(UserAccount::isStaff)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        scope.check(account.getBody());
        return account;
    }

    /** True while the account is locked after repeated failed sign-ins. */
    @RolesAllowed("ADMIN")
    /**
     * Locked: its row says so (an account locked before the lock-out moved to the rate limits), or
     * its name was refused from some address after repeated failures (see the identity store).
     */
    public boolean isLocked(String username) {
        UserAccount account = staffAccount(username);
        return account.isLocked(now()) || signInLocks(account, false) > 0;
    }

    /** The sign-in lock-outs of the account's name and e-mail, from any address: counted, or cleared. */
    private int signInLocks(UserAccount account, boolean clear) {
        int found = 0;
        for (String name : new String[] {account.getUsername(), account.getEmail()}) {
            if (name == null) {
                continue;
            }
            String prefix = name + "|";
            if (clear) {
                found += limits.forget(org.puente.abuse.Limit.SIGN_IN_ACCOUNT, prefix);
            } else if (limits.anyExhausted(org.puente.abuse.Limit.SIGN_IN_ACCOUNT, prefix)) {
                found++;
            }
        }
        return found;
    }

    /**
     * Corrects a staff account: name, e-mail, body, department and roles, under the same rules as
     * opening one. Roles, body or department changed end the account's open sessions.
     */
    @RolesAllowed("ADMIN")
    public void updateStaff(EditStaffAccount form) {
        UserAccount account = staffAccount(form.username());
        List<BusinessException> problems = new ArrayList<>();
        if (blank(form.fullName())) {
            problems.add(new BusinessException("fullName", "staff.fullName.required"));
        }
        if (!blank(form.email())) {
            if (!EmailAddress.isValid(form.email())) {
                problems.add(new BusinessException("email", "registration.email.invalid"));
            } else if (findByLogin(form.email()).filter(other -> !other.equals(account)).isPresent()) {
                problems.add(new BusinessException("email", "registration.email.taken"));
            }
        }
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            problems.add(new BusinessException("body", "staff.body.required"));
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        for (UserAccount.RoleProblem problem : UserAccount.roleProblems(body, department, form.roles())) {
            problems.add(new BusinessException(problem.field(), problem.messageKey(),
                    body == null ? "" : body.getName()));
        }
        if (account.hasRole(Role.ADMIN) && (form.roles() == null || !form.roles().contains(Role.ADMIN))) {
            problems.addAll(adminLossProblems(account, "roles"));
        }
        requireValid(problems);
        account.editStaff(form.fullName(), form.email(), body, department, form.roles());
        LOG.info(() -> "Staff account " + account.getUsername() + " edited by " + callerName());
    }

    /** Deactivates (its open sessions end at their next request) or reactivates a staff account. */
    @RolesAllowed("ADMIN")
    public void setActive(String username, boolean active) {
        UserAccount account = staffAccount(username);
        if (active) {
            account.activate();
        } else {
            if (account.hasRole(Role.ADMIN)) {
                requireValid(adminLossProblems(account, null));
            } else if (isCaller(account)) {
                throw new BusinessException("staff.self");
            }
            account.deactivate();
        }
        LOG.info(() -> "Staff account " + account.getUsername() + (active ? " reactivated" : " deactivated")
                + " by " + callerName());
    }

    /** Lifts a lock-out after repeated failed sign-ins before its time. */
    @RolesAllowed("ADMIN")
    public void unlock(String username) {
        UserAccount account = staffAccount(username);
        account.unlock();
        signInLocks(account, true);
        LOG.info(() -> "Staff account " + account.getUsername() + " unlocked by " + callerName());
    }

    /** Nobody takes the administrator's role from himself or from the last active administrator. */
    private List<BusinessException> adminLossProblems(UserAccount account, String field) {
        if (isCaller(account)) {
            return List.of(new BusinessException(field, "staff.self"));
        }
        long activeAdmins = em.createNamedQuery("UserAccount.countActiveWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (account.isActive() && activeAdmins <= 1) {
            return List.of(new BusinessException(field, "staff.lastAdmin"));
        }
        return List.of();
    }

    /**
     * The session number of an account that may still be signed in, for the per-request check of open
     * sessions; empty when the account is gone or deactivated.
     */
    public java.util.OptionalInt sessionVersion(String username) {
        List<Object[]> rows = em.createNamedQuery("UserAccount.sessionState", Object[].class)
                .setParameter("username", username).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(((Number) rows.get(0)[1]).intValue());
    }

    private boolean isCaller(UserAccount account) {
        return scope.caller().map(account::equals).orElse(false);
    }

    private String callerName() {
        return scope.caller().map(UserAccount::getUsername).orElse("?");
    }

    private static void requireValid(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Optional<PasswordToken> token(String token) {
        if (!SecretTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordToken.byHash", PasswordToken.class).setParameter("hash", SecretTokens.hash(token))
                .getResultStream().findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
