package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;

/**
 * ARCO rectification of a citizen's own account: his name, and his e-mail under the account's rules
 * (valid, nobody else's, and only with his current password, since the e-mail is where password links
 * go). Each change is written to the audit log, naming the fields, not their values.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class OwnAccount {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @EJB
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    /** Corrects the caller's name and e-mail; false when nothing changed. Every problem is reported on its field. */
    public boolean correct(String fullName, String email, String currentPassword) {
        UserAccount me = scope.caller()
                .map(a -> em.find(UserAccount.class, a.getId()))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        String newEmail = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        boolean nameChanged = fullName == null || !fullName.strip().equals(me.getFullName());
        boolean emailChanged = newEmail == null || !newEmail.equals(me.getEmail());
        List<BusinessException> problems = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            problems.add(new BusinessException("fullName", "registration.fullName.required"));
        } else if (fullName.strip().length() > 200) {
            problems.add(new BusinessException("fullName", "registration.fullName.tooLong"));
        }
        if (newEmail == null || newEmail.isBlank()) {
            problems.add(new BusinessException("email", "registration.email.required"));
        } else if (emailChanged && !EmailAddress.isValid(newEmail)) {
            problems.add(new BusinessException("email", "registration.email.invalid"));
        } else if (emailChanged
                && accounts.findByLogin(newEmail)
                        .filter(other -> !other.equals(me))
                        .isPresent()) {
            problems.add(new BusinessException("email", "registration.email.taken"));
        }
        if (emailChanged && (currentPassword == null || currentPassword.isEmpty())) {
            problems.add(new BusinessException("currentPassword", "account.correct.password.required"));
        } else if (emailChanged && !hasher.matches(currentPassword, me.getPasswordHash())) {
            problems.add(new BusinessException("currentPassword", "password.current.wrong"));
        }
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.get(0) : new InvalidInputException(problems);
        }
        if (!nameChanged && !emailChanged) {
            return false;
        }
        Steps.attempt("account", () -> me.correctOwnData(fullName, newEmail));
        audit.record(
                AuditAction.PERSONAL_DATA_CORRECTED,
                "account",
                me.getUsername(),
                nameChanged && emailChanged ? "fullName email" : nameChanged ? "fullName" : "email");
        return true;
    }
}
