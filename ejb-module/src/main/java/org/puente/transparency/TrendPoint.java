package org.puente.transparency;

import java.time.LocalDate;

/**
 * One week or month of the trend: reports received and reports resolved in it (by the day of their
 * resolution), and those received in the same days a year earlier (null where Puente holds nothing
 * that old).
 *
 * @param first the first day (the range's first day for a partial first bucket)
 * @param last  the last day, inclusive
 */
public record TrendPoint(LocalDate first, LocalDate last, long received, long resolved, Long receivedYearEarlier) {}
