package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/** The administrator's form of a legal clock: what it builds, and every broken rule on its own field. */
class TermsInputTest {

    @Test
    void aPresetFillsTheFormAndTheFormGivesItsTermsBack() {
        for (ClockPreset preset : ClockPreset.values()) {
            TermsInput input = TermsInput.of(preset, preset.terms());
            assertEquals(preset.terms(), input.toTerms(), preset.code());
            assertEquals(preset, input.preset());
        }
    }

    @Test
    void anEditedMunicipalClock() {
        TermsInput input = TermsInput.of(ClockPreset.MX_MUNICIPAL, ClockPreset.MX_MUNICIPAL.terms());
        input.setAmount(10);
        input.setWarningPercent(false);
        input.setWarningValue(2);
        input.setExtensionMax(5);
        input.setPrevention(true);
        input.setAskWithin(3);
        input.setAnswerWithin(10);
        input.setAnswerUnit(ClockUnit.BUSINESS_DAYS);
        input.setReferralWithin(3);
        assertEquals(
                new ClockTerms(
                        ClockSpan.businessDays(10),
                        ClockStart.DAY_AFTER_RECEIPT,
                        ClockWarning.unitsBefore(2),
                        5,
                        new PauseRules(ClockSpan.businessDays(3), ClockSpan.businessDays(10), false, false),
                        ClockSpan.businessDays(3),
                        null),
                input.toTerms());
    }

    @Test
    void everyBrokenRuleIsToldAtOnceOnItsField() {
        TermsInput input = TermsInput.of(ClockPreset.CO_LEY_1755_GENERAL, ClockPreset.CO_LEY_1755_GENERAL.terms());
        input.setAmount(0);
        input.setWarningValue(100);
        input.setAskWithin(null);
        input.setAnswerWithin(5000);
        input.setReferralWithin(-1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, input::toTerms);
        assertEquals(
                List.of(
                        "amount clock.span.amount",
                        "warningValue clock.warning.invalid",
                        "askWithin clock.form.required",
                        "answerWithin clock.span.amount",
                        "referralWithin clock.span.amount"),
                refused.getProblems().stream()
                        .map(p -> p.getField() + " " + p.getMessageKey())
                        .toList());
    }

    @Test
    void theTermsOwnRulesComeBackOnTheirFields() {
        TermsInput input = TermsInput.of(ClockPreset.MX_MUNICIPAL, ClockPreset.MX_MUNICIPAL.terms());
        input.setWarningPercent(false);
        input.setWarningValue(15);
        assertEquals(
                "warningValue clock.warning.beyondTerm",
                only(assertThrows(InvalidInputException.class, input::toTerms)));

        input.setWarningValue(3);
        input.setUnit(ClockUnit.CALENDAR_DAYS);
        input.setStart(ClockStart.FIRST_BUSINESS_HOUR);
        assertEquals(
                "start clock.terms.calendarStart", only(assertThrows(InvalidInputException.class, input::toTerms)));

        input.setPresetCode("nope");
        input.setStart(null);
        InvalidInputException both = assertThrows(InvalidInputException.class, input::toTerms);
        assertEquals(
                List.of("preset clock.form.preset", "start clock.form.start"),
                both.getProblems().stream()
                        .map(p -> p.getField() + " " + p.getMessageKey())
                        .toList());
    }

    private static String only(InvalidInputException refused) {
        assertEquals(1, refused.getProblems().size());
        BusinessException p = refused.getProblems().get(0);
        return p.getField() + " " + p.getMessageKey();
    }
}
