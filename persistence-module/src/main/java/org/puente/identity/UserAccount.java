package org.puente.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

/**
 * A person who signs in: a citizen with an account, or a staff member of one body.
 * Guards its invariants: staff belong to a body, the agency's roles to the agency, an agent to one
 * department of his body.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.byEmail", query = "select u from UserAccount u where u.email = :email")
@NamedQuery(
        name = "UserAccount.countWithRole",
        query = "select count(u) from UserAccount u join u.roles r where r = :role")
@NamedQuery(
        name = "UserAccount.countActiveWithRole",
        query = "select count(u) from UserAccount u join u.roles r where r = :role and u.active = true")
/* A sign-in recorded without a version check: two devices signing in to one account at once must both succeed. */
@NamedQuery(
        name = "UserAccount.signedIn",
        query = "update UserAccount u set u.lastLoginAt = :at, u.failedLogins = 0, u.lockedUntil = null"
                + " where u.id = :id")
@NamedQuery(
        name = "UserAccount.sessionState",
        query = "select u.active, u.sessionVersion from UserAccount u where u.username = :username")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(unique = true, length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "body_id")
    private Body body;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    /** No longer counted (the lock-out moved to the rate limits); mapped because the column is not null. */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    /**
     * When an ARCO cancellation anonymised this account: it never signs in again, and nothing of the
     * person is left in it. Null for every other account.
     */
    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    /**
     * Raised whenever what an open session was granted no longer holds (deactivated; other roles, body
     * or department; a password reset): sessions opened with an older number end at their next request.
     */
    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    /**
     * The shared secret of the second factor (RFC 6238), sealed by the EJB layer; null while the person
     * has none. Set only after he confirmed it with a code, and never shown again.
     */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private OffsetDateTime totpEnabledAt;

    /** The time step of the last code accepted: a code is accepted once, and never one from before it. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private int version;

    protected UserAccount() {}

    private UserAccount(String username, String fullName, String email, String passwordHash, OffsetDateTime now) {
        this.username = normaliseUsername(username);
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("An account needs the person's name");
        }
        this.fullName = fullName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        this.passwordHash = requireHash(passwordHash);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.active = true;
    }

    /**
     * A citizen's own account (he signs in with his user name or e-mail). His consent to the privacy notice
     * is a {@code Consent} row written in the same transaction (which version, when): the one record of it.
     */
    public static UserAccount citizen(
            String username, String fullName, String email, String passwordHash, OffsetDateTime now) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A citizen account needs an e-mail");
        }
        UserAccount account = new UserAccount(username, fullName, email, passwordHash, now);
        account.roles.add(Role.CIUDADANO);
        return account;
    }

    /** A staff member of one body, with one or more staff roles. */
    public static UserAccount staff(
            String username,
            String fullName,
            String email,
            String passwordHash,
            Body body,
            Department department,
            Set<Role> roles,
            OffsetDateTime now) {
        UserAccount account = new UserAccount(username, fullName, email, passwordHash, now);
        account.body = Objects.requireNonNull(body, "A staff account belongs to a body");
        account.department = department;
        account.changeRoles(roles);
        account.sessionVersion = 0;
        return account;
    }

    /** A user name: 3 to 120 letters, digits or . _ @ + -, kept in lower case. */
    public static String normaliseUsername(String username) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@+-]{3,120}")) {
            throw new RuleViolation("username", "staff.username.invalid");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What is wrong with giving these roles to staff of this body and department, each problem once,
     * in the order a form shows them; empty when the roles fit.
     */
    public static List<RoleProblem> roleProblems(Body body, Department department, Set<Role> roles) {
        List<RoleProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(RoleProblem.NO_ROLE);
            return problems;
        }
        if (roles.stream().anyMatch(role -> !role.isStaff())) {
            problems.add(RoleProblem.NOT_STAFF);
        }
        if (body != null && !body.isAgency() && roles.stream().anyMatch(Role::isAgencyWide)) {
            problems.add(RoleProblem.AGENCY_ONLY);
        }
        if (department != null && body != null && !department.belongsTo(body)) {
            problems.add(RoleProblem.FOREIGN_DEPARTMENT);
        } else if (roles.contains(Role.AGENTE) && department == null) {
            problems.add(RoleProblem.AGENT_WITHOUT_DEPARTMENT);
        }
        return problems;
    }

    /** Why roles do not fit a staff account: the field of the form it concerns and its message key. */
    public enum RoleProblem {
        NO_ROLE("roles", "staff.roles.required", "A staff account needs at least one role"),
        NOT_STAFF("roles", "staff.roles.notStaff", "A staff account has staff roles only"),
        AGENCY_ONLY("roles", "staff.roles.agencyOnly", "The agency's roles belong to the agency's staff only"),
        AGENT_WITHOUT_DEPARTMENT("department", "staff.department.agentNeedsOne", "An agent works in a department"),
        FOREIGN_DEPARTMENT("department", "staff.department.otherBody", "The department belongs to another body");

        private final String field;
        private final String messageKey;
        private final String description;

        RoleProblem(String field, String messageKey, String description) {
            this.field = field;
            this.messageKey = messageKey;
            this.description = description;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }

        public String description() {
            return description;
        }
    }

    public void changeRoles(Set<Role> newRoles) {
        List<RoleProblem> problems = roleProblems(body, department, newRoles);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).description());
        }
        if (!roles.equals(newRoles)) {
            sessionVersion++;
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * An administrator corrects a staff account: name, e-mail, body, department and roles, under the
     * rules of {@link #roleProblems}. A new body, department or set of roles ends the open sessions.
     */
    public void editStaff(
            String newFullName, String newEmail, Body newBody, Department newDepartment, Set<Role> newRoles) {
        if (!isStaff()) {
            throw new IllegalStateException("Only staff accounts are edited by an administrator");
        }
        if (newFullName == null || newFullName.isBlank()) {
            throw new IllegalArgumentException("An account needs the person's name");
        }
        Objects.requireNonNull(newBody, "A staff account belongs to a body");
        List<RoleProblem> problems = roleProblems(newBody, newDepartment, newRoles);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).description());
        }
        boolean scopeChanged =
                !newBody.equals(body) || !Objects.equals(newDepartment, department) || !roles.equals(newRoles);
        fullName = newFullName.strip();
        email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip().toLowerCase(Locale.ROOT);
        body = newBody;
        department = newDepartment;
        roles.clear();
        roles.addAll(newRoles);
        if (scopeChanged) {
            sessionVersion++;
        }
    }

    /**
     * A citizen corrects his own name and e-mail (ARCO rectification). Whether the e-mail is valid and
     * free, and his password, are checked by the service before; the user name he signed up with stays.
     */
    public void correctOwnData(String newFullName, String newEmail) {
        if (!hasRole(Role.CIUDADANO)) {
            throw new IllegalStateException(
                    "Only a citizen corrects his own account; staff accounts are the administrator's");
        }
        if (newFullName == null || newFullName.isBlank()) {
            throw new RuleViolation("fullName", "registration.fullName.required");
        }
        if (newFullName.strip().length() > 200) {
            throw new RuleViolation("fullName", "registration.fullName.tooLong");
        }
        if (newEmail == null || newEmail.isBlank()) {
            throw new RuleViolation("email", "registration.email.required");
        }
        fullName = newFullName.strip();
        email = newEmail.strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash) {
        this.passwordHash = requireHash(newHash);
    }

    /**
     * The password set with an e-mailed link (invitation or reset): it also lifts a lock-out, and the
     * sessions opened with the old password end.
     */
    public void resetPassword(String newHash) {
        changePassword(newHash);
        unlock();
        sessionVersion++;
    }

    /** An administrator lifts a lock-out before its time. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * Records a successful sign-in on this object. The sign-in service writes the same three fields with the
     * query {@code UserAccount.signedIn}, which takes no optimistic lock (two sign-ins at once would clash).
     */
    public void signedIn(OffsetDateTime now) {
        lastLoginAt = now;
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * Locked by its row: only an account locked before the lock-out moved to the rate limits (per
     * name and address, at the sign-in entry point) still is, until its time or an administrator's unlock.
     */
    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Switches the second factor on with a secret the person has just confirmed with the code of
     * {@code confirmedStep} (which thereby counts as used).
     */
    public void enableSecondFactor(String sealedSecret, long confirmedStep, OffsetDateTime now) {
        if (totpSecret != null) {
            throw new IllegalStateException("The second factor is already on");
        }
        if (sealedSecret == null || sealedSecret.isBlank()) {
            throw new IllegalArgumentException("A second factor needs its secret");
        }
        totpSecret = sealedSecret;
        totpEnabledAt = Objects.requireNonNull(now, "now");
        totpLastStep = confirmedStep;
    }

    /** The person (with a code) or an administrator (a reset) switches it off; enrolling again gives a new secret. */
    public void disableSecondFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    /**
     * Records that the code of this time step was accepted; false, and nothing recorded, when that step
     * or a later one was already used (a code replayed, or an older one after a newer).
     */
    public boolean useCodeStep(long step) {
        if (totpSecret == null) {
            throw new IllegalStateException("No second factor to use");
        }
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** The sealed secret, for the EJB layer that opens it to check a code; never for a page. */
    public String getSealedTotpSecret() {
        return totpSecret;
    }

    /** The step of the last code accepted, or null. */
    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public OffsetDateTime getTotpEnabledAt() {
        return totpEnabledAt;
    }

    /** The account can no longer sign in, and its open sessions end at their next request. */
    public void deactivate() {
        if (active) {
            active = false;
            sessionVersion++;
        }
    }

    /** An anonymised account stays off: the person it was asked for his data to be cancelled. */
    public void activate() {
        if (anonymisedAt != null) {
            throw new IllegalStateException("An anonymised account is never active again");
        }
        active = true;
    }

    /**
     * ARCO cancellation of a citizen's account: blocked first (it cannot sign in, its open sessions end
     * at their next request), then nothing of the person is left: his name, e-mail and user name are
     * replaced (the user name and e-mail are free for anyone again), the password by one nobody knows,
     * and the second factor is gone. The row stays, so that what referred to it (consents, forum posts)
     * still has something to refer to.
     */
    public void anonymise(String placeholderName, String unusablePasswordHash, OffsetDateTime at) {
        if (!hasRole(Role.CIUDADANO) || isStaff()) {
            throw new IllegalStateException("Only a citizen's own account is cancelled through ARCO");
        }
        if (placeholderName == null || placeholderName.isBlank()) {
            throw new IllegalArgumentException("The replacement name");
        }
        deactivate();
        if (anonymisedAt != null) {
            return;
        }
        username = "anonimo-" + Objects.requireNonNull(id, "a stored account");
        fullName = placeholderName.strip();
        email = null;
        passwordHash = requireHash(unusablePasswordHash);
        disableSecondFactor();
        lastLoginAt = null;
        anonymisedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public OffsetDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.length() < 20) {
            throw new IllegalArgumentException("Passwords are stored hashed");
        }
        return hash;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean isAgencyWide() {
        return roles.stream().anyMatch(Role::isAgencyWide);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Body getBody() {
        return body;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && username != null && username.equals(other.username));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
