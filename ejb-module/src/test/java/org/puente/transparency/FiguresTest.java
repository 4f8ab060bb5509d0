package org.puente.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the figures that need no database: shares, the median's small-n rule, the trend's buckets. */
class FiguresTest {

    @Test
    void theOnTimeShareCountsOpenOverdueReportsAsMissed() {
        Compliance c = new Compliance(6, 1, 3, 10);
        assertEquals(0.6, c.onTimeShare(), 1e-9, "6 / (6 + 1 + 3): the 10 within their term are not decided");
        assertEquals(20, c.total());
        assertEquals(0.15, c.shareOf(3), 1e-9);
        assertNull(new Compliance(0, 0, 0, 4).onTimeShare(), "nothing decided yet: no share rather than 0 % or 100 %");
        assertNull(Compliance.NONE.shareOf(0));
    }

    @Test
    void aMedianOfFewerThanFiveIsNotPublished() {
        assertTrue(Median.of(600.0, 4).isFewerThanFive());
        assertNull(Median.of(600.0, 4).n());
        Median five = Median.of(600.0, 5);
        assertEquals(10.0, five.businessHours(), 1e-9, "600 business minutes");
        assertEquals(5L, five.n());
    }

    @Test
    void shortRangesGoByWeekFromTheirFirstDayAndLongOnesByCalendarMonth() {
        List<LocalDate[]> weeks =
                TransparencyService.buckets(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 20), true);
        assertEquals(2, weeks.size());
        assertEquals(LocalDate.of(2026, 11, 15), weeks.get(0)[1]);
        assertEquals(LocalDate.of(2026, 11, 16), weeks.get(1)[0]);
        assertEquals(LocalDate.of(2026, 11, 20), weeks.get(1)[1], "the last week ends with the range");

        List<LocalDate[]> months =
                TransparencyService.buckets(LocalDate.of(2025, 12, 3), LocalDate.of(2026, 12, 2), false);
        assertEquals(13, months.size(), "a partial December, eleven months, a partial December");
        assertEquals(LocalDate.of(2025, 12, 31), months.get(0)[1]);
        assertEquals(LocalDate.of(2026, 2, 1), months.get(2)[0]);
        assertEquals(LocalDate.of(2026, 2, 28), months.get(2)[1]);
        assertEquals(LocalDate.of(2026, 12, 1), months.get(12)[0]);
        assertEquals(LocalDate.of(2026, 12, 2), months.get(12)[1]);
    }
}
