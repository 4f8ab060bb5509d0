package org.puente.casework;

import java.io.Serializable;

/**
 * How far the recalculation of a body's open cases after a calendar change has gone: {@code done} of
 * {@code total} open cases read, {@code moved} of them with a new due date; {@code failed} when a chunk
 * could not be written (the chunks before it stay written).
 */
public record RecalculationProgress(String id, int total, int done, int moved, boolean finished, boolean failed)
        implements Serializable {

    public boolean isRunning() {
        return !finished;
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
