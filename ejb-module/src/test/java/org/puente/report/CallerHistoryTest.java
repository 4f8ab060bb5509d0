package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Phone numbers are the same caller when their last ten digits are, however they were written. */
class CallerHistoryTest {

    @Test
    void spacesDashesAndTheCountryCodeDoNotCount() {
        assertEquals("7221234567", CallerHistory.significantDigits("722 123 4567"));
        assertEquals("7221234567", CallerHistory.significantDigits("+52 (722) 123-45-67"));
        assertEquals("7221234567", CallerHistory.significantDigits("044 722 123 4567"));
        assertEquals("1234567", CallerHistory.significantDigits("123-4567"));
        assertEquals("", CallerHistory.significantDigits(null));
    }
}
