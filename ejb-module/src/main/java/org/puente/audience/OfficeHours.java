package org.puente.audience;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A body's attention hours (its business calendar), shown on the registration form. */
public record OfficeHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public OfficeHours {
        days = List.copyOf(days);
    }
}
