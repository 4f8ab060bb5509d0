package org.puente.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.puente.report.PhotoType;

class NewsItemTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 16, 0, 0, 0, ZoneOffset.UTC);
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    /** The eight bytes a PNG starts with, and some more. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final Body metepec = new Body(
            "MET",
            "H. Ayuntamiento de Metepec",
            BodyKind.MUNICIPIO,
            "Estado de México",
            ZoneId.of("America/Mexico_City"));
    private final UserAccount paola = UserAccount.staff(
            "comunicacion", "Paola", "p@example.mx", HASH, metepec, null, Set.of(Role.COMUNICACION), NOW);

    private static NewsContent content(OffsetDateTime at) {
        return new NewsContent(
                " Arranca Metepec Limpio ",
                "Brigadas en 20 colonias.",
                "<p>Las <strong>brigadas</strong> recorren 20 colonias.</p><script>alert(1)</script>",
                NewsCategory.PROGRAMA,
                at);
    }

    @Test
    void aNewItemIsADraftItsBodyCleanedAndNothingIsPublic() {
        NewsItem item = new NewsItem(metepec, content(NOW), paola, NOW);
        assertEquals(PublicationStatus.BORRADOR, item.getStatus());
        assertEquals("Arranca Metepec Limpio", item.getTitle());
        assertEquals("<p>Las <strong>brigadas</strong> recorren 20 colonias.</p>", item.getHtml());
        assertFalse(item.isVisibleAt(NOW.plusDays(1)), "a draft never appears");
        assertNull(item.getUpdatedAt());
        assertEquals(
                List.of(Change.CREATED),
                item.getHistory().stream().map(h -> h.getKind()).toList());
    }

    @Test
    void aPublishedItemWithATimeAheadIsScheduledAndAppearsWhenItComes() {
        OffsetDateTime monday = NOW.plusDays(3);
        NewsItem item = new NewsItem(metepec, content(monday), paola, NOW);
        item.publish(paola, NOW.plusMinutes(5));
        assertTrue(item.isScheduledAt(NOW.plusMinutes(5)));
        assertFalse(item.isVisibleAt(monday.minusSeconds(1)));
        assertTrue(item.isVisibleAt(monday));
        assertFalse(item.isScheduledAt(monday));
        assertEquals(monday, item.getUpdatedAt(), "the feed dates it when it appears, not before");
    }

    @Test
    void publishWithdrawAndTheirRefusalsAreInTheHistory() {
        NewsItem item = new NewsItem(metepec, content(NOW), paola, NOW);
        item.publish(paola, NOW.plusHours(1));
        assertEquals(NOW.plusHours(1), item.getUpdatedAt());
        assertTrue(item.isVisibleAt(NOW.plusHours(1)));
        RuleViolation twice = assertThrows(RuleViolation.class, () -> item.publish(paola, NOW.plusHours(2)));
        assertEquals("news.status.forbidden", twice.getMessageKey());
        item.withdraw(paola, NOW.plusHours(3));
        assertFalse(item.isVisibleAt(NOW.plusHours(3)));
        assertThrows(RuleViolation.class, () -> item.withdraw(paola, NOW.plusHours(4)));
        item.edit(content(NOW), paola, NOW.plusHours(5));
        item.replaceImage(new NewsImage(PhotoType.PNG, PNG), paola, NOW.plusHours(6));
        assertEquals(
                List.of(Change.CREATED, Change.PUBLISHED, Change.WITHDRAWN, Change.EDITED, Change.EDITED),
                item.getHistory().stream().map(h -> h.getKind()).toList());
        assertEquals(NOW.plusHours(1), item.getUpdatedAt(), "a draft's corrections are not news");
    }

    @Test
    void everyBrokenRuleIsToldOnItsFieldABodyOfOnlyScriptIsEmpty() {
        NewsContent bad = new NewsContent("", " ", "<script>alert(1)</script><img src=x onerror=alert(1)>", null, null);
        assertEquals(
                List.of(
                        "title:news.title.required",
                        "summary:news.summary.required",
                        "html:news.html.required",
                        "category:news.category.required",
                        "publishAt:news.publishAt.required"),
                bad.problems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new NewsItem(metepec, bad, paola, NOW));
        assertEquals("news.title.required", refused.getMessageKey());
        assertEquals(
                List.of("news.title.tooLong"),
                new NewsContent("x".repeat(201), "s", "<p>t</p>", NewsCategory.NOTICIA, NOW)
                        .problems().stream().map(RuleViolation::getMessageKey).toList());
    }

    @Test
    void anImageMustBeWhatItsTypeSays() {
        assertThrows(IllegalArgumentException.class, () -> new NewsImage(PhotoType.JPEG, PNG));
        assertThrows(IllegalArgumentException.class, () -> new NewsImage(PhotoType.PNG, new byte[0]));
        assertEquals("image/png", new NewsImage(PhotoType.PNG, PNG).getContentType());
    }
}
