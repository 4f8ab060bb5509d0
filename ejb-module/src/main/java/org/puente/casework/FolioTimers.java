package org.puente.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.puente.cluster.Leases;

/**
 * Once a month, makes sure the sequences of this year's and next year's folios exist for every body
 * (a body added since start-up included), so that no intake has to create one. Only delegates.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FolioTimers {

    @EJB
    private Leases leases;

    @EJB
    private FolioNumbers folios;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "20", persistent = false)
    void prepareSequences() {
        leases.runOnce("folio-sequences", Duration.ofDays(1), () -> {
            int year = LocalDate.now(clock).getYear();
            folios.prepare(year, year + 1);
        });
    }
}
