package org.puente.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.platform.RuleViolation;

/** A chat participant's nickname, his mute and the interval between his questions. */
class ChatParticipantTest {

    private static final OffsetDateTime NOW = EventFixture.NOW;
    private static final Duration INTERVAL = Duration.ofSeconds(15);

    private final EventFixture f = new EventFixture();
    private final EngagementEvent chat = f.event(EngagementKind.CHAT);

    private ChatParticipant participant(String nickname) {
        return new ChatParticipant(chat, nickname, null, "b".repeat(64), "c".repeat(64), NOW);
    }

    @Test
    void aNicknameIsTwoToFortyLettersDigitsSpacesAndDotsDashesUnderscores() {
        assertEquals("María José", ChatParticipant.normaliseNickname("  María    José "));
        assertEquals("b.e_t-o 2", ChatParticipant.normaliseNickname("b.e_t-o 2"));
        assertEquals("x".repeat(40), ChatParticipant.normaliseNickname("x".repeat(40)));
        for (String bad : new String[] {null, "", "a", "x".repeat(41), "<b>Beto</b>", "beto@example.mx"}) {
            RuleViolation refusal =
                    assertThrows(RuleViolation.class, () -> ChatParticipant.normaliseNickname(bad), bad);
            assertEquals("chat.nickname.invalid", refusal.getMessageKey());
            assertEquals("nickname", refusal.getField());
            assertArrayEquals(new Object[] {40}, refusal.getArguments());
        }
        assertEquals("Beto", participant("  Beto ").getNickname(), "joining normalises too");
    }

    @Test
    void theTokenAndClientAreKeptOnlyAsHashes() {
        assertThrows(
                IllegalArgumentException.class, () -> new ChatParticipant(chat, "Beto", null, "the-token", null, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChatParticipant(chat, "Beto", null, "b".repeat(64), "10.0.0.1", NOW));
        ChatParticipant p = new ChatParticipant(chat, "Beto", f.citizen, "b".repeat(64), null, NOW);
        assertNull(p.getClientKey());
        assertEquals(f.citizen, p.getAccount());
        assertEquals(NOW, p.getJoinedAt());
    }

    @Test
    void questionsComeNoSoonerThanTheIntervalAfterTheLast() {
        ChatParticipant p = participant("Beto");
        p.asked(NOW, INTERVAL);
        assertEquals(NOW, p.getLastQuestionAt());
        RuleViolation soon = assertThrows(RuleViolation.class, () -> p.asked(NOW.plusSeconds(14), INTERVAL));
        assertEquals("chat.question.tooSoon", soon.getMessageKey());
        assertEquals("question", soon.getField());
        assertArrayEquals(new Object[] {15L}, soon.getArguments());
        assertEquals(NOW, p.getLastQuestionAt(), "a refused question is not recorded");
        p.asked(NOW.plusSeconds(15), INTERVAL);
        assertEquals(NOW.plusSeconds(15), p.getLastQuestionAt());
    }

    @Test
    void aMutedParticipantCannotAskUntilUnmuted() {
        ChatParticipant p = participant("Beto");
        assertFalse(p.isMuted());
        p.mute();
        assertTrue(p.isMuted());
        RuleViolation muted = assertThrows(RuleViolation.class, () -> p.asked(NOW, INTERVAL));
        assertEquals("chat.participant.muted", muted.getMessageKey());
        assertNull(p.getLastQuestionAt());
        p.unmute();
        assertFalse(p.isMuted());
        p.asked(NOW, INTERVAL);
        assertEquals(NOW, p.getLastQuestionAt());
    }

    @Test
    void anArcoCancellationLeavesTheParticipationWithoutHisNameOrAccount() {
        ChatParticipant p = new ChatParticipant(chat, "Ana López", f.citizen, "b".repeat(64), "c".repeat(64), NOW);
        p.anonymise("Participante anonimizado");
        assertEquals("Participante anonimizado", p.getNickname());
        assertNull(p.getAccount());
        assertEquals(NOW, p.getJoinedAt(), "that someone joined stays");
    }
}
