package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the engine read from a case's clock: when it is due (null while paused), from when it warns
 * (null when not reached before a pause), since when it stands still (null when running), the first day
 * counted, and the trace's steps (empty unless asked for).
 */
public record ClockReading(
        OffsetDateTime due,
        OffsetDateTime warnFrom,
        OffsetDateTime pausedSince,
        LocalDate firstCounted,
        List<ClockStep> steps) {

    public ClockReading {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /** The light of a case still open; a paused clock keeps the light it had when it stopped. */
    public ClockLight lightAt(OffsetDateTime at) {
        if (isPaused()) {
            return warnFrom != null && !warnFrom.isAfter(pausedSince) ? ClockLight.POR_VENCER : ClockLight.EN_TERMINO;
        }
        if (at.isAfter(due)) {
            return ClockLight.VENCIDO;
        }
        return at.isBefore(warnFrom) ? ClockLight.EN_TERMINO : ClockLight.POR_VENCER;
    }
}
