package org.puente.casework;

import java.util.Objects;
import org.puente.platform.RuleViolation;

/** An amount of a unit: 15 business days, one month, 48 business hours. */
public record ClockSpan(int amount, ClockUnit unit) {

    /** Longer than any legal term we know; a bigger number is a typing error. */
    static final int MAX_AMOUNT = 2000;

    public ClockSpan {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new RuleViolation("amount", "clock.span.amount", amount, MAX_AMOUNT);
        }
    }

    public static ClockSpan businessDays(int amount) {
        return new ClockSpan(amount, ClockUnit.BUSINESS_DAYS);
    }

    public static ClockSpan businessHours(int amount) {
        return new ClockSpan(amount, ClockUnit.BUSINESS_HOURS);
    }

    public static ClockSpan calendarDays(int amount) {
        return new ClockSpan(amount, ClockUnit.CALENDAR_DAYS);
    }

    public static ClockSpan months(int amount) {
        return new ClockSpan(amount, ClockUnit.MONTHS);
    }

    /** The same unit, {@code times} as long (a period "extendable once by an equal term"). */
    public ClockSpan times(int times) {
        return new ClockSpan(amount * times, unit);
    }
}
