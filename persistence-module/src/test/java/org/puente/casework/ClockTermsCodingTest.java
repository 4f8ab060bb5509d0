package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A case keeps its terms as one line of text: what is written is what is read back, for every preset. */
class ClockTermsCodingTest {

    @ParameterizedTest
    @EnumSource(ClockPreset.class)
    void everyPresetReadsBackAsItWasWritten(ClockPreset preset) {
        ClockTerms terms = preset.terms();
        assertEquals(terms, ClockTerms.decode(terms.encode()));
    }

    @Test
    void theLinesAsStoredAreStable() {
        // Written by hand: a stored row must still read after a release, so the format never changes silently.
        assertEquals(
                "15 BUSINESS_DAYS|DAY_AFTER_RECEIPT|P75|0|-|-|-",
                ClockPreset.MX_MUNICIPAL.terms().encode());
        assertEquals(
                "15 BUSINESS_DAYS|DAY_AFTER_RECEIPT|P75|15|10 BUSINESS_DAYS,1 MONTHS,true,false|5 BUSINESS_DAYS|-",
                ClockPreset.CO_LEY_1755_GENERAL.terms().encode());
        assertEquals(
                "20 BUSINESS_DAYS|DAY_AFTER_RECEIPT|P75|10|5 BUSINESS_DAYS,10 BUSINESS_DAYS,false,true"
                        + "|3 BUSINESS_DAYS|15 BUSINESS_DAYS",
                ClockPreset.MX_LGPDPPSO_ARCO.terms().encode());
    }

    @Test
    void editedTermsReadBackToo() {
        ClockTerms hours = new ClockTerms(
                ClockSpan.businessHours(48),
                ClockStart.FIRST_BUSINESS_HOUR,
                ClockWarning.unitsBefore(6),
                24,
                new PauseRules(ClockSpan.businessDays(2), ClockSpan.calendarDays(30), false, true),
                null,
                null);
        assertEquals(
                "48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|U6|24|2 BUSINESS_DAYS,30 CALENDAR_DAYS,false,true|-|-",
                hours.encode());
        assertEquals(hours, ClockTerms.decode(hours.encode()));
        ClockTerms calendar = ClockTerms.simple(ClockSpan.calendarDays(30)).withReferral(ClockSpan.businessDays(3));
        assertEquals(calendar, ClockTerms.decode(calendar.encode()));
    }

    @Test
    void aLineThatIsNotTermsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClockTerms.decode("15 BUSINESS_DAYS|DAY_AFTER_RECEIPT"));
        assertThrows(IllegalArgumentException.class, () -> ClockTerms.decode("15 WEEKS|DAY_AFTER_RECEIPT|P75|0|-|-|-"));
    }
}
