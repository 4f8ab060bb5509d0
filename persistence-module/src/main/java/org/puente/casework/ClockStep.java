package org.puente.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of "¿Cómo se calculó?": a kind, the day or instant it concerns, and where the kind needs them
 * an end ({@code until}, null while a pause is open), a name (a holiday's, an extension's reason) and a
 * number of units. Pages render it through the bundle ({@code clock.step.<KIND>}); it holds no sentence.
 */
public record ClockStep(Kind kind, LocalDate day, OffsetDateTime at, OffsetDateTime until, String name, int units) {

    public enum Kind {
        /** When the case arrived ({@code at}). */
        RECEIVED,
        /** A pause that "interrumpe" the term ended ({@code at}): the term is counted again from there. */
        RESTARTED,
        /** The first day counted ({@code day}; {@code at} too when counted in hours). */
        FIRST_COUNTED,
        /** A weekday the body does not work ({@code day}). */
        WEEKEND,
        /** A holiday ({@code day}, {@code name} when the calendar has one). */
        HOLIDAY,
        /** A pause ({@code at} to {@code until}; {@code until} null while open). */
        PAUSE,
        /** A day not counted because the clock was paused ({@code day}). */
        PAUSED_DAY,
        /** Where the term ended before its extension ({@code day}, {@code at}). */
        ORIGINAL_DUE,
        /** The extension ({@code at} granted, {@code units}, {@code name} its reason). */
        EXTENSION,
        /** The last day fell on a day the body does not work ({@code day}); it moves to the next working day. */
        DUE_MOVED,
        /** The due instant ({@code day}, {@code at}). */
        DUE
    }

    public ClockStep {
        Objects.requireNonNull(kind, "kind");
    }

    static ClockStep onDay(Kind kind, LocalDate day, String name) {
        return new ClockStep(kind, day, null, null, name, 0);
    }

    static ClockStep atInstant(Kind kind, OffsetDateTime at) {
        return new ClockStep(kind, at.toLocalDate(), at, null, null, 0);
    }
}
