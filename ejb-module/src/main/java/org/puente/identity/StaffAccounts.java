package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import java.util.logging.Logger;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.RuleViolation;
import org.puente.platform.Steps;

/**
 * An administrator (a manager, to read) manages the staff accounts of the bodies he may see: the
 * list, opening one, correcting it, deactivating it, lifting a sign-in lock-out. Nobody deactivates
 * himself or takes his own administrator role, nor the last active administrator's.
 */
@Stateless
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private BodyScope scope;

    @Inject
    private RateLimits limits;

    @Inject
    private Clock clock;

    /** Staff accounts of the bodies the caller may see, one page at a time. */
    @RolesAllowed({"ADMIN", "GERENTE"})
    public List<AccountRow> staff(Long bodyId, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> q = cb.createQuery(UserAccount.class);
        Root<UserAccount> u = q.from(UserAccount.class);
        q.where(staffFilter(cb, u, bodyId)).orderBy(cb.asc(u.get("body").get("name")), cb.asc(u.get("username")));
        return em.createQuery(q)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(a -> AccountRow.of(a, now()))
                .toList();
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
                if (accounts.findByLogin(username).isPresent()) {
                    problems.add(new BusinessException("username", "staff.username.taken"));
                }
            } catch (RuleViolation e) {
                problems.add(Steps.refusal(e));
            }
        }
        if (blank(form.fullName())) {
            problems.add(new BusinessException("fullName", "staff.fullName.required"));
        }
        if (blank(form.email())) {
            problems.add(new BusinessException("email", "registration.email.required"));
        } else if (!EmailAddress.isValid(form.email())) {
            problems.add(new BusinessException("email", "registration.email.invalid"));
        } else if (accounts.findByLogin(form.email()).isPresent()) {
            problems.add(new BusinessException("email", "registration.email.taken"));
        }
        problems.addAll(PasswordPolicy.refusals(
                "password", form.password(), username == null ? form.username() : username, form.email()));
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            problems.add(new BusinessException("body", "staff.body.required"));
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        for (UserAccount.RoleProblem problem : UserAccount.roleProblems(body, department, form.roles())) {
            problems.add(
                    new BusinessException(problem.field(), problem.messageKey(), body == null ? "" : body.getName()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = UserAccount.staff(
                username,
                form.fullName(),
                form.email(),
                hasher.hash(form.password()),
                body,
                department,
                form.roles(),
                now());
        em.persist(account);
        return account;
    }

    /** One staff account as the administrator's edit form shows it. */
    @RolesAllowed("ADMIN")
    public UserAccount staffAccount(String username) {
        UserAccount account = accounts.findByLogin(username)
                .filter(UserAccount::isStaff)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        scope.check(account.getBody());
        return account;
    }

    /**
     * True while the account is locked after repeated failed sign-ins: its row says so (an account
     * locked before the lock-out moved to the rate limits), or its name was refused from some address
     * after repeated failures (see the identity store).
     */
    @RolesAllowed("ADMIN")
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
                found += limits.forget(Limit.SIGN_IN_ACCOUNT, prefix);
            } else if (limits.anyExhausted(Limit.SIGN_IN_ACCOUNT, prefix)) {
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
            } else if (accounts.findByLogin(form.email())
                    .filter(other -> !other.equals(account))
                    .isPresent()) {
                problems.add(new BusinessException("email", "registration.email.taken"));
            }
        }
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        if (body == null) {
            problems.add(new BusinessException("body", "staff.body.required"));
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        for (UserAccount.RoleProblem problem : UserAccount.roleProblems(body, department, form.roles())) {
            problems.add(
                    new BusinessException(problem.field(), problem.messageKey(), body == null ? "" : body.getName()));
        }
        if (account.hasRole(Role.ADMIN)
                && (form.roles() == null || !form.roles().contains(Role.ADMIN))) {
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
        LOG.info(() -> "Staff account " + account.getUsername() + (active ? " reactivated" : " deactivated") + " by "
                + callerName());
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
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (account.isActive() && activeAdmins <= 1) {
            return List.of(new BusinessException(field, "staff.lastAdmin"));
        }
        return List.of();
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
