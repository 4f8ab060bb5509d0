package org.puente.casework;

/**
 * What a legal term is counted in. A case's own term is counted in business days, business hours or
 * calendar days; {@link #MONTHS} only measures a citizen's period (Ley 1755: "un (1) mes" to complete a petition).
 */
public enum ClockUnit {
    /** Working days of the body's calendar: no weekend day, no holiday. */
    BUSINESS_DAYS,
    /** Working hours of the body's calendar. */
    BUSINESS_HOURS,
    /** Every day; a term that ends on a day the body does not work ends on its next working day. */
    CALENDAR_DAYS,
    /** Calendar months, ending like calendar days. */
    MONTHS;

    /** True for the units a case's own term may use. */
    public boolean isTermUnit() {
        return this != MONTHS;
    }
}
