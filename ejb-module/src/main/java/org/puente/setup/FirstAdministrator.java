package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.puente.identity.PasswordHasher;
import org.puente.identity.PasswordPolicy;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.privacy.PrivacyNotices;

/**
 * Opens the first administrator account on an installation without one (PostgreSQL in production,
 * no demo data), in the agency body, which it creates when missing from the installation's settings
 * ({@link Bootstrap}).
 */
@Stateless
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    /** The agency as the installation's settings describe it, and the administrator's shown name. */
    public record Agency(String code, String name, ZoneId zone, String administratorName) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @EJB
    private PrivacyNotices notices;

    /** Opens account "admin" unless an administrator exists; true when it did. */
    public boolean createOnce(String password, Agency settings) {
        Long admins = em.createNamedQuery("UserAccount.countWithRole", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return false;
        }
        List<PasswordPolicy.Problem> weak = PasswordPolicy.problems(password, "admin", null);
        if (!weak.isEmpty()) {
            throw new IllegalArgumentException("PUENTE_ADMIN_PASSWORD does not meet the password policy ("
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters, not a common password, not containing 'admin'): " + weak);
        }
        Body agency = em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.AGENCIA)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Body created = new Body(settings.code(), settings.name(), BodyKind.AGENCIA, null, settings.zone());
                    em.persist(created);
                    return created;
                });
        notices.inForceOrFirst(agency);
        em.persist(UserAccount.staff(
                "admin",
                settings.administratorName(),
                null,
                hasher.hash(password),
                agency,
                null,
                Set.of(Role.ADMIN),
                OffsetDateTime.now(clock)));
        LOG.info("First administrator account 'admin' created in " + agency.getName());
        return true;
    }
}
