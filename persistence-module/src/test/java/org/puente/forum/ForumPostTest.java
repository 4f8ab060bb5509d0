package org.puente.forum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.puente.chat.EventFixture;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.platform.RuleViolation;

/** Every verb of a forum post and what it does to its thread's public count and visibility. */
class ForumPostTest {

    private static final OffsetDateTime NOW = EventFixture.NOW;

    private final EventFixture f = new EventFixture();
    private final EngagementEvent forum = f.event(EngagementKind.FORUM);
    private final ForumThread thread = new ForumThread(forum, "Dengue en casa", f.citizen, NOW);

    private static void refused(String key, Runnable step) {
        RuleViolation refusal = assertThrows(RuleViolation.class, step::run);
        assertEquals(key, refusal.getMessageKey());
    }

    private ForumPost opening(boolean preModerated) {
        return new ForumPost(thread, f.citizen, "¿Cómo evito los moscos?", true, false, preModerated, NOW);
    }

    @Test
    void inAPreModeratedForumACitizensPostWaitsAndTheThreadStaysHidden() {
        ForumPost post = opening(true);
        assertEquals(PostStatus.PENDING, post.getStatus());
        assertFalse(thread.isVisible());
        assertEquals(0, thread.getPublicPosts());
    }

    @Test
    void elsewhereAPostIsPublicAtOnceAndTheExpertsAlways() {
        ForumPost post = opening(false);
        assertEquals(PostStatus.PUBLISHED, post.getStatus());
        assertTrue(thread.isVisible(), "its opening post is public");
        ForumPost official = new ForumPost(
                thread, f.expert, "Vacíen los recipientes con agua.", false, true, true, NOW.plusHours(1));
        assertEquals(PostStatus.PUBLISHED, official.getStatus(), "the expert is not pre-moderated");
        assertTrue(official.isOfficial());
        assertFalse(official.isOpening());
        assertEquals(2, thread.getPublicPosts());
        assertEquals(NOW.plusHours(1), thread.getLastPostAt());
    }

    @Test
    void aPostHasOneToFourThousandCharacters() {
        RuleViolation blank = assertThrows(
                RuleViolation.class, () -> new ForumPost(thread, f.citizen, "  ", true, false, false, NOW));
        assertEquals("forum.body.required", blank.getMessageKey());
        assertEquals("body", blank.getField());
        RuleViolation tooLong = assertThrows(
                RuleViolation.class, () -> new ForumPost(thread, f.citizen, "x".repeat(4001), true, false, false, NOW));
        assertEquals("forum.body.tooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[] {4000}, tooLong.getArguments());
        assertEquals(0, thread.getPublicPosts(), "a refused post counts nowhere");
        assertEquals("x".repeat(4000), ForumPost.requireBody(" " + "x".repeat(4000) + " "));
    }

    @Test
    void theModeratorApprovesAPendingPostOnce() {
        ForumPost post = opening(true);
        post.approve(f.moderator, NOW.plusMinutes(5));
        assertEquals(PostStatus.PUBLISHED, post.getStatus());
        assertEquals(f.moderator, post.getModerator());
        assertEquals(NOW.plusMinutes(5), post.getModeratedAt());
        assertTrue(thread.isVisible());
        assertEquals(1, thread.getPublicPosts());
        assertEquals(NOW.plusMinutes(5), thread.getLastPostAt());
        refused("forum.moderation.forbidden", () -> post.approve(f.moderator, NOW.plusMinutes(6)));
        assertEquals(1, thread.getPublicPosts(), "not counted twice");
    }

    @Test
    void readersFlagPublicPostsOnlyAndTheModeratorKeepsAFlaggedOne() {
        ForumPost pending = opening(true);
        assertThrows(IllegalStateException.class, pending::flagged);
        refused("forum.moderation.forbidden", () -> pending.keep(f.moderator, NOW));

        ForumPost post = new ForumPost(thread, f.citizen, "Otro mensaje", false, false, false, NOW);
        refused("forum.moderation.forbidden", () -> post.keep(f.moderator, NOW));
        post.flagged();
        post.flagged();
        assertEquals(2, post.getFlags());
        post.keep(f.moderator, NOW.plusMinutes(1));
        assertEquals(0, post.getFlags());
        assertEquals(PostStatus.PUBLISHED, post.getStatus());
        assertEquals(NOW.plusMinutes(1), post.getModeratedAt());
        assertNull(post.getHideReason());
    }

    @Test
    void hidingNeedsAReasonAndTakesThePostFromTheThread() {
        ForumPost post = opening(false);
        refused("forum.hide.reason", () -> post.hide(f.moderator, " ", NOW));
        refused("forum.hide.reasonTooLong", () -> post.hide(f.moderator, "x".repeat(301), NOW));
        assertEquals(PostStatus.PUBLISHED, post.getStatus());
        post.hide(f.moderator, "  Insultos ", NOW.plusMinutes(2));
        assertEquals(PostStatus.HIDDEN, post.getStatus());
        assertEquals("Insultos", post.getHideReason());
        assertEquals(NOW.plusMinutes(2), post.getModeratedAt());
        assertFalse(thread.isVisible(), "its opening post is hidden");
        assertEquals(0, thread.getPublicPosts());
        refused("forum.moderation.forbidden", () -> post.hide(f.moderator, "Otra vez", NOW));
        refused("forum.moderation.forbidden", () -> post.approve(f.moderator, NOW));
        assertThrows(IllegalStateException.class, post::flagged);
    }

    @Test
    void aPendingPostIsHiddenWithoutTouchingTheCounts() {
        ForumPost published = opening(false);
        ForumPost pending = new ForumPost(thread, f.citizen, "Respuesta", false, false, true, NOW);
        pending.hide(f.moderator, "Datos personales", NOW);
        assertEquals(PostStatus.HIDDEN, pending.getStatus());
        assertEquals(1, thread.getPublicPosts());
        assertTrue(thread.isVisible());
        assertEquals(PostStatus.PUBLISHED, published.getStatus());
    }
}
