package org.puente.petition;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.puente.cluster.Leases;

/**
 * Every fifteen minutes, the prevented petitions whose citizen did not answer in time are closed as
 * withdrawn, each in its own transaction. Only delegates ({@link PetitionWithdrawals}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PetitionTimers {

    private static final Logger LOG = Logger.getLogger(PetitionTimers.class.getName());

    @EJB
    private Leases leases;

    @EJB
    private PetitionWithdrawals withdrawals;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void closeSilentPreventions() {
        leases.runOnce(
                "petition-withdrawals",
                Duration.ofMinutes(15),
                () -> closeSilentPreventions(OffsetDateTime.now(clock)));
    }

    /** Closes those silent by {@code now}; returns how many. */
    public int closeSilentPreventions(OffsetDateTime now) {
        int closed = 0;
        for (Long id : withdrawals.waiting()) {
            try {
                if (withdrawals.withdrawIfSilent(id, now)) {
                    closed++;
                }
            } catch (jakarta.ejb.EJBException failed) { // the others still close; this one is tried again next round
                LOG.warning(() -> "Petition " + id + " not closed as withdrawn: " + failed.getMessage());
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> count + " prevented petitions closed as withdrawn: their citizens did not answer in time");
        }
        return closed;
    }
}
