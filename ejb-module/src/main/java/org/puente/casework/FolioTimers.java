package org.puente.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Once a month, makes sure the sequences of this year's and next year's folios exist for every body
 * (a body added since start-up included), so that no intake has to create one. Only delegates.
 */
@Singleton
public class FolioTimers {

    @EJB
    private FolioNumbers folios;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "20", persistent = false)
    void prepareSequences() {
        int year = LocalDate.now(clock).getYear();
        folios.prepare(year, year + 1);
    }
}
