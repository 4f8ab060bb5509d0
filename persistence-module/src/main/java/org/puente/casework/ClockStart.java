package org.puente.casework;

/** From when a term is counted. */
public enum ClockStart {
    /** From the day after receipt, whatever the hour it arrived (Ley 1755 and most Mexican laws). */
    DAY_AFTER_RECEIPT,
    /**
     * From the moment it arrived, or from the first business hour after it when it arrived out of hours
     * (the way service reports are counted); a term in business days then lasts that many working days' hours.
     */
    FIRST_BUSINESS_HOUR
}
