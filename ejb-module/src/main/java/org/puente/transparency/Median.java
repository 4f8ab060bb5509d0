package org.puente.transparency;

/**
 * The median time to resolve in business hours (the body's calendar: working days and hours, no
 * holidays) over the resolved and closed reports of a group, with its n. Below
 * {@link GroupFigures#MIN_REPORTS} resolved reports neither is published: both are null.
 */
public record Median(Double businessHours, Long n) {

    public static final Median FEWER_THAN_FIVE = new Median(null, null);

    static Median of(Double minutes, long n) {
        return n < GroupFigures.MIN_REPORTS || minutes == null ? FEWER_THAN_FIVE : new Median(minutes / 60.0, n);
    }

    public boolean isFewerThanFive() {
        return n == null;
    }
}
