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

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    /**
     * Checks a user name (or a citizen's e-mail) and password. The lock-out after repeated failures is
     * per user name and source address, counted where the attempt comes in (the web module's identity store).
     */
    public SignInResult signIn(String login, String password) {
        OffsetDateTime now = now();
        Optional<UserAccount> found = findByLogin(login);
        if (found.isEmpty()) {
            hasher.spendCheckTime(password == null ? "" : password);
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
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
        if (form.password() == null || form.password().length() < PasswordHasher.MIN_LENGTH) {
            problems.add(new BusinessException("password", "registration.password.short", PasswordHasher.MIN_LENGTH));
        }
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
        if (newPassword == null || newPassword.length() < PasswordHasher.MIN_LENGTH) {
            throw new BusinessException("newPassword", "registration.password.short", PasswordHasher.MIN_LENGTH);
        }
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
                .map(AccountRow::of).toList();
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
        if (form.password() == null || form.password().length() < PasswordHasher.MIN_LENGTH) {
            problems.add(new BusinessException("password", "registration.password.short", PasswordHasher.MIN_LENGTH));
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
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new IllegalArgumentException("PUENTE_ADMIN_PASSWORD needs at least "
                    + PasswordHasher.MIN_LENGTH + " characters");
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

    /** A new staff account and the one-time token (for the e-mail only) with which it sets its password. */
    public record Invitation(UserAccount account, String token) {
    }

    /**
     * Opens a staff account for someone who has none yet (an expert the agency confirms, say): its
     * password is unknown to everybody until the person sets it with the token, valid for
     * {@link #INVITATION_DAYS} days. The user name comes from the e-mail.
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public Invitation invite(String fullName, String email, Body body, Department department, Role role) {
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
        String token = SecretTokens.newToken();
        em.persist(new PasswordToken(account, SecretTokens.hash(token), now().plusDays(INVITATION_DAYS)));
        LOG.info(() -> "Account " + account.getUsername() + " opened; a link to set its password was sent");
        return new Invitation(account, token);
    }

    public static final int INVITATION_DAYS = 7;

    /** True when the token of an invitation may still set a password. */
    public boolean isUsableToken(String token) {
        return token(token).map(t -> t.isUsable(now())).orElse(false);
    }

    /** Sets the password of the invited account; the token works once. Returns the user name. */
    public String setPasswordWithToken(String token, String password) {
        PasswordToken t = token(token).filter(x -> x.isUsable(now()))
                .orElseThrow(() -> new BusinessException("token", "password.token.invalid"));
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new BusinessException("newPassword", "registration.password.short", PasswordHasher.MIN_LENGTH);
        }
        t.use(now());
        t.getAccount().changePassword(hasher.hash(password));
        return t.getAccount().getUsername();
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
