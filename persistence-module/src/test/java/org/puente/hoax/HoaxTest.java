package org.puente.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.communication.Change;
import org.puente.communication.PublicationStatus;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.RuleViolation;

class HoaxTest {

    /** 10:00 in Metepec on 2026-11-23. */
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 16, 0, 0, 0, ZoneOffset.UTC);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final Body metepec = new Body(
            "MET",
            "H. Ayuntamiento de Metepec",
            BodyKind.MUNICIPIO,
            "Estado de México",
            ZoneId.of("America/Mexico_City"));
    private final UserAccount paola = UserAccount.staff(
            "comunicacion", "Paola", "p@example.mx", HASH, metepec, null, Set.of(Role.COMUNICACION), NOW);

    private static HoaxContent water(List<HoaxSource> sources) {
        return new HoaxContent(
                "  «Cortarán el agua una semana»  ",
                Verdict.FALSO,
                "No hay ningún corte programado.",
                TODAY.minusDays(2),
                sources);
    }

    private static final List<HoaxSource> ONE =
            List.of(new HoaxSource(" Avisos del organismo de agua ", " https://www.metepec.gob.mx/agua "));

    @Test
    void aNewDebunkIsADraftWithItsContentCleanAndOneHistoryLine() {
        Hoax hoax = new Hoax(metepec, water(ONE), paola, NOW);
        assertEquals(PublicationStatus.BORRADOR, hoax.getStatus());
        assertFalse(hoax.isPublished());
        assertEquals("«Cortarán el agua una semana»", hoax.getClaim());
        assertEquals("Avisos del organismo de agua", hoax.getSources().get(0).getTitle());
        assertEquals("https://www.metepec.gob.mx/agua", hoax.getSources().get(0).getUrl());
        assertNull(hoax.getPublishedAt());
        assertNull(hoax.getUpdatedAt());
        assertEquals(
                List.of(Change.CREATED),
                hoax.getHistory().stream().map(h -> h.getKind()).toList());
        assertEquals(paola, hoax.getHistory().get(0).getAuthor());
    }

    @Test
    void publishingDatesItOnceWithdrawingAndPublishingAgainKeepsTheFirstDate() {
        Hoax hoax = new Hoax(metepec, water(ONE), paola, NOW);
        hoax.publish(paola, NOW.plusHours(1));
        assertTrue(hoax.isPublished());
        assertEquals(NOW.plusHours(1), hoax.getPublishedAt());
        assertEquals(NOW.plusHours(1), hoax.getUpdatedAt());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> hoax.publish(paola, NOW.plusHours(2)));
        assertEquals("hoax.status.forbidden", twice.getMessageKey());

        hoax.withdraw(paola, NOW.plusHours(3));
        assertEquals(PublicationStatus.BORRADOR, hoax.getStatus());
        RuleViolation again = assertThrows(RuleViolation.class, () -> hoax.withdraw(paola, NOW.plusHours(4)));
        assertEquals("hoax.status.forbidden", again.getMessageKey());
        hoax.publish(paola, NOW.plusHours(5));
        assertEquals(NOW.plusHours(1), hoax.getPublishedAt(), "the first publication stays its date");
        assertEquals(NOW.plusHours(5), hoax.getUpdatedAt());
        assertEquals(
                List.of(Change.CREATED, Change.PUBLISHED, Change.WITHDRAWN, Change.PUBLISHED),
                hoax.getHistory().stream().map(h -> h.getKind()).toList());
        assertEquals(
                List.of(
                        PublicationStatus.BORRADOR,
                        PublicationStatus.PUBLICADO,
                        PublicationStatus.BORRADOR,
                        PublicationStatus.PUBLICADO),
                hoax.getHistory().stream().map(h -> h.getStatus()).toList());
    }

    @Test
    void aCorrectionOfAPublishedDebunkIsNewsForTheFeedADraftsIsNot() {
        Hoax hoax = new Hoax(metepec, water(ONE), paola, NOW);
        hoax.edit(water(ONE), paola, NOW.plusMinutes(10));
        assertNull(hoax.getUpdatedAt());
        hoax.publish(paola, NOW.plusHours(1));
        hoax.edit(
                new HoaxContent("«Otro texto»", Verdict.ENGANOSO, "Explicación nueva", TODAY, ONE),
                paola,
                NOW.plusHours(2));
        assertEquals(Verdict.ENGANOSO, hoax.getVerdict());
        assertEquals(NOW.plusHours(2), hoax.getUpdatedAt());
        assertEquals(Change.EDITED, hoax.getHistory().get(3).getKind());
    }

    @Test
    void everyBrokenRuleIsToldOnItsFieldAndTheBlankRowsAreDropped() {
        HoaxContent empty = new HoaxContent(" ", null, "", null, List.of());
        assertEquals(
                List.of(
                        "claim:hoax.claim.required",
                        "verdict:hoax.verdict.required",
                        "explanation:hoax.explanation.required",
                        "seenOn:hoax.seenOn.required",
                        "sourceTitle0:hoax.sources.required"),
                empty.problems(TODAY).stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        HoaxContent rows = water(List.of(
                new HoaxSource("", ""),
                new HoaxSource("Sin dirección", ""),
                new HoaxSource("Un script", "javascript:alert(1)"),
                new HoaxSource("", "https://www.metepec.gob.mx"),
                new HoaxSource("Relativa", "/agua")));
        assertEquals(
                List.of(
                        "sourceUrl1:hoax.source.url.required",
                        "sourceUrl2:hoax.source.url.invalid",
                        "sourceTitle3:hoax.source.title.required",
                        "sourceUrl4:hoax.source.url.invalid"),
                rows.problems(TODAY).stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        assertEquals(4, rows.kept().size(), "the blank first row is dropped");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new Hoax(metepec, rows, paola, NOW));
        assertEquals("hoax.source.url.required", refused.getMessageKey());
    }

    @Test
    void aDebunkCitesOneToFiveSourcesAndAClaimSeenTomorrowIsRefused() {
        HoaxSource source = new HoaxSource("Gaceta", "http://www.metepec.gob.mx/gaceta");
        assertTrue(water(List.of(source, source, source, source, source))
                .problems(TODAY)
                .isEmpty());
        assertEquals(
                List.of("hoax.sources.tooMany"),
                water(List.of(source, source, source, source, source, source)).problems(TODAY).stream()
                        .map(RuleViolation::getMessageKey)
                        .toList());
        HoaxContent tomorrow = new HoaxContent("«X»", Verdict.FALSO, "Y", TODAY.plusDays(1), ONE);
        assertEquals(
                List.of("hoax.seenOn.future"),
                tomorrow.problems(TODAY).stream()
                        .map(RuleViolation::getMessageKey)
                        .toList());
        assertTrue(HoaxSource.isWebAddress("HTTPS://www.metepec.gob.mx/a?b=c"));
        assertFalse(HoaxSource.isWebAddress("data:text/html,hola"));
        assertFalse(HoaxSource.isWebAddress("https://"));
        assertEquals(
                List.of("hoax.claim.tooLong"),
                new HoaxContent("x".repeat(501), Verdict.FALSO, "Y", TODAY, ONE)
                        .problems(TODAY).stream()
                                .map(RuleViolation::getMessageKey)
                                .toList());
    }
}
