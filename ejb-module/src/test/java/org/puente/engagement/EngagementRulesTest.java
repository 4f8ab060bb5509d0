package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngagementRulesTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** Monday 23 November 2026, 8:00 in Mexico City. */
    private static final OffsetDateTime NOW =
            LocalDateTime.of(2026, 11, 23, 8, 0).atZone(MEXICO).toOffsetDateTime();
    /** Friday 25 December 2026 is Navidad. */
    private final EngagementRules rules = new EngagementRules(
            EngagementRules.parseWindows(EngagementRules.DEFAULT_WINDOWS), Set.of(LocalDate.of(2026, 12, 25)), MEXICO);

    private List<String> chat(int month, int day, int fromHour, int fromMinute, int toHour, String... topics) {
        return rules.checkChat(
                LocalDateTime.of(2026, month, day, fromHour, fromMinute),
                LocalDateTime.of(2026, month, day, toHour, 0),
                List.of(topics),
                NOW);
    }

    @Test
    void aChatInAWindowOnAWeekdayIsAccepted() {
        assertEquals(List.of(), chat(11, 24, 11, 0, 13, "Trámite de divorcio"));
        assertEquals(List.of(), chat(11, 27, 16, 0, 18, "Salud mental"));
    }

    @Test
    void aSaturdayChatIsRefused() {
        assertEquals(List.of("engagement.chat.weekday"), chat(11, 28, 11, 0, 13, "Derechos laborales"));
    }

    @Test
    void aChatStartingAtHalfPastOneIsRefused() {
        assertEquals(
                List.of("engagement.chat.window"),
                rules.checkChat(
                        LocalDateTime.of(2026, 11, 24, 13, 30),
                        LocalDateTime.of(2026, 11, 24, 15, 30),
                        List.of("Vacunación"),
                        NOW));
    }

    @Test
    void aChatOnAHolidayIsRefused() {
        assertEquals(List.of("engagement.chat.holiday"), chat(12, 25, 11, 0, 13, "Fiestas seguras"));
    }

    @Test
    void aChatHasOneTopicAndDoesNotStartInThePast() {
        assertEquals(List.of("engagement.chat.oneTopic"), chat(11, 24, 11, 0, 13, "Divorcio", "Pensión alimenticia"));
        assertEquals(List.of("engagement.date.past"), chat(11, 20, 11, 0, 13, "Divorcio"));
    }

    @Test
    void aForumLastsOneToFourWeeks() {
        List<String> topics = List.of("Movilidad", "Transporte público");
        assertEquals(List.of(), rules.checkForum(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), topics, NOW));
        assertEquals(List.of(), rules.checkForum(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 28), topics, NOW));
        assertEquals(
                List.of("engagement.forum.tooShort"),
                rules.checkForum(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), topics, NOW),
                "3 days");
        assertEquals(
                List.of("engagement.forum.tooLong"),
                rules.checkForum(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 4), topics, NOW),
                "5 weeks");
        assertEquals(
                List.of("engagement.forum.topics", "engagement.date.past"),
                rules.checkForum(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), List.of(" "), NOW));
    }

    @Test
    void theWindowsSettingIsChecked() {
        assertEquals(2, EngagementRules.parseWindows("10:00-12:00, 17:00-19:00").size());
        assertThrows(IllegalArgumentException.class, () -> EngagementRules.parseWindows("11-13"));
        assertThrows(IllegalArgumentException.class, () -> EngagementRules.parseWindows("13:00-11:00"));
        assertThrows(IllegalArgumentException.class, () -> EngagementRules.parseWindows(" "));
    }
}
