package org.puente.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.RuleViolation;

/** The rules a version of a privacy notice is published by, in memory. */
class PrivacyNoticeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String INTEGRAL = "Responsable: el H. Ayuntamiento.\n\nDatos: nombre y correo.";
    private static final String SIMPLIFIED = "Tratamos tu nombre y correo.";
    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));

    @Test
    void aVersionKeepsItsBodyLabelTextsAndPublicationWithTheTextsTidied() {
        PrivacyNotice notice = PrivacyNotice.publish(
                metepec,
                " 2026-12 ",
                "  Primer párrafo\r\nsigue aquí   \r\n\r\n" + "Segundo párrafo.\n\n\n",
                "  Resumen.  ",
                null,
                NOW);
        assertEquals(metepec, notice.getBody());
        assertEquals("2026-12", notice.getLabel());
        assertEquals("Primer párrafo\nsigue aquí\n\nSegundo párrafo.", notice.getIntegralText());
        assertEquals("Resumen.", notice.getSimplifiedText());
        assertEquals(NOW, notice.getPublishedAt());
        assertNull(notice.getPublishedBy(), "the installation published it");
        assertEquals(List.of("Primer párrafo sigue aquí", "Segundo párrafo."), notice.getIntegralParagraphs());
        assertEquals(List.of("Resumen."), notice.getSimplifiedParagraphs());
    }

    @Test
    void theLabelIsShortAndPlain() {
        assertEquals(
                "privacy.label.required", refusal(" ", INTEGRAL, SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.label.required", refusal(null, INTEGRAL, SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.label.invalid",
                refusal("versión 2", INTEGRAL, SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.label.invalid", refusal("<b>", INTEGRAL, SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.label.invalid",
                refusal("a".repeat(21), INTEGRAL, SIMPLIFIED).getMessageKey());
        assertEquals(
                "a".repeat(20),
                PrivacyNotice.publish(metepec, "a".repeat(20), INTEGRAL, SIMPLIFIED, null, NOW)
                        .getLabel());
        assertEquals("label", refusal("", INTEGRAL, SIMPLIFIED).getField());
    }

    @Test
    void bothTextsAreNeededWithinTheirLengthsAndTheSimplifiedOneIsShorter() {
        assertEquals(
                "privacy.integral.required", refusal("v2", " \n ", SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.integral.tooLong",
                refusal("v2", "x".repeat(20001), SIMPLIFIED).getMessageKey());
        assertEquals(
                "privacy.simplified.required", refusal("v2", INTEGRAL, null).getMessageKey());
        assertEquals(
                "privacy.simplified.tooLong",
                refusal("v2", "x".repeat(5000), "y".repeat(2001)).getMessageKey());
        assertEquals(
                "privacy.simplified.notShorter",
                refusal("v2", "Corto.", "Más largo que el integral.").getMessageKey());
        assertEquals("simplifiedText", refusal("v2", INTEGRAL, "").getField());
        PrivacyNotice.publish(metepec, "v2", "x".repeat(20000), "y".repeat(2000), null, NOW);
    }

    @Test
    void everyProblemIsToldAtOnceEachOnItsField() {
        List<RuleViolation> problems = PrivacyNotice.problems("mal label", "", "");
        assertEquals(
                List.of("label", "integralText", "simplifiedText"),
                problems.stream().map(RuleViolation::getField).toList());
        assertEquals(List.of(), PrivacyNotice.problems("2026-12", INTEGRAL, SIMPLIFIED));
    }

    @Test
    void aPublishedVersionRefusesToBeChangedOrRemoved() {
        PrivacyNotice notice = PrivacyNotice.publish(metepec, "2026-12", INTEGRAL, SIMPLIFIED, null, NOW);
        assertThrows(IllegalStateException.class, notice::refuseChange);
    }

    private RuleViolation refusal(String label, String integral, String simplified) {
        return assertThrows(
                RuleViolation.class, () -> PrivacyNotice.publish(metepec, label, integral, simplified, null, NOW));
    }
}
