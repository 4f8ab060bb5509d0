package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.puente.platform.RuleViolation;

class ClockTermsTest {

    @Test
    void theColombianPresetsFollowLey1755() {
        ClockTerms general = ClockPreset.CO_LEY_1755_GENERAL.terms();
        assertEquals(ClockSpan.businessDays(15), general.term());
        assertEquals(ClockStart.DAY_AFTER_RECEIPT, general.start());
        assertEquals(15, general.extensionMax(), "up to double the initial term");
        assertEquals(new PauseRules(ClockSpan.businessDays(10), ClockSpan.months(1), true, false), general.pause());
        assertEquals(ClockSpan.businessDays(5), general.referralWithin());
        assertEquals(
                ClockSpan.businessDays(10),
                ClockPreset.CO_LEY_1755_DOCUMENTS.terms().term());
        assertEquals(
                ClockSpan.businessDays(30),
                ClockPreset.CO_LEY_1755_CONSULTATION.terms().term());
        assertEquals(30, ClockPreset.CO_LEY_1755_CONSULTATION.terms().extensionMax());
    }

    @Test
    void theMexicanPresets() {
        ClockTerms municipal = ClockPreset.MX_MUNICIPAL.terms();
        assertEquals(ClockSpan.businessDays(15), municipal.term());
        assertFalse(municipal.allowsExtension());
        assertEquals(ClockSpan.businessDays(20), municipal.withTerm(20).term(), "editable");
        ClockTerms arco = ClockPreset.MX_LGPDPPSO_ARCO.terms();
        assertEquals(ClockSpan.businessDays(20), arco.term());
        assertEquals(10, arco.extensionMax());
        assertEquals(new PauseRules(ClockSpan.businessDays(5), ClockSpan.businessDays(10), false, true), arco.pause());
        assertEquals(ClockSpan.businessDays(15), arco.executionWithin());
    }

    @Test
    void presetsHaveStableCodes() {
        assertEquals(
                List.of(
                        "co-1755-general",
                        "co-1755-documentos",
                        "co-1755-consultas",
                        "mx-municipal",
                        "mx-lgpdppso-arco"),
                Arrays.stream(ClockPreset.values()).map(ClockPreset::code).toList());
        assertEquals(
                ClockPreset.MX_LGPDPPSO_ARCO,
                ClockPreset.byCode("mx-lgpdppso-arco").orElseThrow());
        assertTrue(ClockPreset.byCode("nope").isEmpty());
        assertEquals("clock.preset.mx-municipal", ClockPreset.MX_MUNICIPAL.messageKey());
    }

    @Test
    void termsGuardTheirRules() {
        violates("clock.span.amount", () -> ClockSpan.businessDays(0));
        violates("clock.terms.unit", () -> ClockTerms.simple(ClockSpan.months(1)));
        violates("clock.terms.calendarStart", () -> ClockTerms.simple(ClockSpan.calendarDays(10))
                .withStart(ClockStart.FIRST_BUSINESS_HOUR));
        violates("clock.warning.invalid", () -> ClockWarning.atPercent(100));
        violates("clock.warning.invalid", () -> new ClockWarning(75, 2));
        violates("clock.warning.beyondTerm", () -> ClockTerms.simple(ClockSpan.businessDays(3))
                .withWarning(ClockWarning.unitsBefore(3)));
        violates("clock.span.amount", () -> ClockTerms.simple(ClockSpan.businessDays(3))
                .withExtension(-1));
    }

    @Test
    void everyTextOfTheClockIsInBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ClockPreset.values()).map(ClockPreset::messageKey).forEach(keys::add);
        Arrays.stream(ClockLight.values()).map(l -> "clock.light." + l.name()).forEach(keys::add);
        Arrays.stream(ClockStep.Kind.values())
                .map(k -> "clock.step." + k.name())
                .forEach(keys::add);
        Arrays.stream(ClockOutcome.Ending.values())
                .map(e -> "clock.ending." + e.name())
                .forEach(keys::add);
        keys.addAll(List.of(
                "clock.span.amount",
                "clock.terms.unit",
                "clock.terms.calendarStart",
                "clock.warning.invalid",
                "clock.warning.beyondTerm",
                "clock.extension.units",
                "clock.extension.reason",
                "clock.extension.once",
                "clock.extension.max",
                "clock.extension.late",
                "clock.pause.once",
                "clock.pause.late",
                "clock.answer.late",
                "clock.answer.notExtendable",
                "clock.answer.extendedOnce",
                "clock.referral.late"));
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(
                    Path.of("../web-module/src/main/resources/org/puente/web/i18n", bundle), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String key : keys) {
                assertTrue(texts.containsKey(key), bundle + " lacks " + key);
            }
        }
    }

    private static void violates(String key, Executable step) {
        assertEquals(key, assertThrows(RuleViolation.class, step).getMessageKey());
    }
}
