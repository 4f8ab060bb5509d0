package org.puente.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.identity.PasswordHasher;

/**
 * Whether this is a demo installation, the one place that decides it (the banner on every page, the demo
 * Open311 key, Open311 discovery's "test" endpoint): while an active demo account still signs in with the
 * published password "demo". Not {@code puente.demo}: that only asks for the demo data at start-up; a
 * server started once with it keeps accounts anybody can sign in to until they are changed or
 * deactivated, and one that never loaded it has none. Checked again every {@link #RECHECK}; each stored
 * hash is tested against "demo" once (a PBKDF2 check), so a recheck costs one small query.
 */
@Named
@ApplicationScoped
public class DemoInstallation {

    static final Duration RECHECK = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "puente")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    private final Map<String, Boolean> demoPasswordHashes = new ConcurrentHashMap<>();
    private volatile Decision decision;

    private record Decision(boolean demo, Instant until) {}

    /** Whether an active demo account signs in with the password "demo" (as of at most a minute ago). */
    public boolean isDemo() {
        Instant now = clock.instant();
        Decision current = decision;
        if (current == null
                || !now.isBefore(current.until())
                || now.isBefore(current.until().minus(RECHECK))) {
            current = new Decision(demoAccountHashes().stream().anyMatch(this::isDemoPassword), now.plus(RECHECK));
            decision = current;
        }
        return current.demo();
    }

    /** The password hashes of the active accounts that bear a demo account's user name. */
    List<String> demoAccountHashes() {
        return em.createQuery(
                        "select distinct u.passwordHash from UserAccount u "
                                + "where u.active = true and u.username in :names",
                        String.class)
                .setParameter("names", DemoData.ACCOUNTS)
                .getResultList();
    }

    private boolean isDemoPassword(String hash) {
        return demoPasswordHashes.computeIfAbsent(hash, h -> hasher.matches(DemoData.DEMO_PASSWORD, h));
    }
}
