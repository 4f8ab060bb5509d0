package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The aria-describedby that the form-field tags give an input: other ids, its hint, its message, in that order. */
class FieldsTest {

    @Test
    void anInputWithoutHintIsDescribedByItsMessageAlone() {
        assertEquals("registration:email-error", Fields.describedBy("registration:email", null, false));
        assertEquals("registration:email-error", Fields.describedBy("registration:email", "", false));
    }

    @Test
    void aHintComesBeforeTheMessage() {
        assertEquals(
                "registration:password-hint registration:password-error",
                Fields.describedBy("registration:password", null, true));
    }

    @Test
    void otherIdsComeFirstTrimmed() {
        assertEquals(
                "report:photos-held report:photos-hint report:photos-error",
                Fields.describedBy("report:photos", " report:photos-held ", true));
        assertEquals("dates-hint filter:from-error", Fields.describedBy("filter:from", "dates-hint", false));
    }
}
