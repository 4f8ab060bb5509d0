package org.puente.engagement;

/**
 * How the content department answers platform incidents: of those whose time is up or that were
 * answered, how many got their first response in time.
 */
public record IncidentFigures(long total, long open, long answeredInTime, long due) {

    /** The share answered in time, 0-100, or null while no incident was due. */
    public Integer percentInTime() {
        return due == 0 ? null : (int) Math.round(100.0 * answeredInTime / due);
    }
}
