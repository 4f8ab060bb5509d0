package org.puente.transparency;

/**
 * One row of a breakdown (a service, department, delegación, colonia or intake channel). A group
 * with fewer than {@link #MIN_REPORTS} reports carries no figures at all ({@code stats} is null): the
 * page says "menos de 5", the JSON says so too, and the group never takes part in a ranking.
 *
 * @param key       the service's code, the department's, delegación's or colonia's id, the channel's name
 * @param parent    the colonia's delegación name (null for the other groups)
 * @param latitude  the colonia's centre (null for the other groups or a colonia without one)
 */
public record GroupFigures(
        String key, String name, String parent, Double latitude, Double longitude, GroupStats stats) {

    /** The small-n rule: fewer reports than this and a group shows no figure. */
    public static final int MIN_REPORTS = 5;

    public boolean isFewerThanFive() {
        return stats == null;
    }
}
