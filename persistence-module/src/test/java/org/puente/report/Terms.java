package org.puente.report;

import java.time.OffsetDateTime;
import java.util.List;
import org.puente.casework.CaseClock;
import org.puente.casework.ClockReading;
import org.puente.casework.ClockRecord;

/**
 * A report's term for the entity's tests, with the engine's reading written by hand: the entity stores what
 * the engine read (the engine's own dates are tested in casework's tests).
 */
public final class Terms {

    private Terms() {}

    /** A 48-hour report term received at {@code received}, at risk from {@code atRisk}, due at {@code due}. */
    public static ClockRecord of(OffsetDateTime received, OffsetDateTime atRisk, OffsetDateTime due) {
        return ClockRecord.of(
                CaseClock.received(received, ServiceReport.termsFor(48)),
                new ClockReading(due, atRisk, null, received.toLocalDate(), List.of()));
    }
}
