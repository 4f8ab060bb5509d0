package org.puente.forum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.puente.chat.EventFixture;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.platform.RuleViolation;

/** A thread's title, and that threads belong to forums. */
class ForumThreadTest {

    private static final OffsetDateTime NOW = EventFixture.NOW;

    private final EventFixture f = new EventFixture();
    private final EngagementEvent forum = f.event(EngagementKind.FORUM);

    @Test
    void aTitleIsOneToAHundredAndFiftyCharactersWithSpacesCollapsed() {
        ForumThread t = new ForumThread(forum, "  Dengue   en  casa ", f.citizen, NOW);
        assertEquals("Dengue en casa", t.getTitle());
        assertEquals(NOW, t.getCreatedAt());
        assertEquals(NOW, t.getLastPostAt());
        assertEquals(0, t.getPublicPosts());
        assertFalse(t.isVisible(), "hidden until its opening post is public");

        RuleViolation blank = assertThrows(RuleViolation.class, () -> new ForumThread(forum, " ", f.citizen, NOW));
        assertEquals("forum.title.required", blank.getMessageKey());
        assertEquals("title", blank.getField());
        RuleViolation tooLong =
                assertThrows(RuleViolation.class, () -> new ForumThread(forum, "x".repeat(151), f.citizen, NOW));
        assertEquals("forum.title.tooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[] {150}, tooLong.getArguments());
        assertEquals(
                150,
                new ForumThread(forum, "x".repeat(150), f.citizen, NOW)
                        .getTitle()
                        .length());
    }

    @Test
    void threadsBelongToForums() {
        EngagementEvent chat = f.event(EngagementKind.CHAT);
        IllegalArgumentException refusal =
                assertThrows(IllegalArgumentException.class, () -> new ForumThread(chat, "Dengue", f.citizen, NOW));
        assertFalse(refusal instanceof RuleViolation, "a programming error, not a rule users read");
    }
}
