package org.puente.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.platform.RuleViolation;

/** Every verb of a chat message, each rule's refusal named by its key. */
class ChatMessageTest {

    private static final OffsetDateTime NOW = EventFixture.NOW;
    private static final String TOKEN_HASH = "a".repeat(64);

    private final EventFixture f = new EventFixture();
    private final EngagementEvent chat = f.event(EngagementKind.CHAT);
    private final ChatParticipant beto = new ChatParticipant(chat, "Beto", null, TOKEN_HASH, null, NOW);

    private static void refused(String key, Runnable step) {
        RuleViolation refusal = assertThrows(RuleViolation.class, step::run);
        assertEquals(key, refusal.getMessageKey());
    }

    @Test
    void aQuestionIsStrippedAndWaitsForTheModerator() {
        ChatMessage q = ChatMessage.question(beto, "  ¿Cuánta agua al día?  ", NOW);
        assertEquals(MessageKind.QUESTION, q.getKind());
        assertEquals(MessageStatus.PENDING, q.getStatus());
        assertEquals("¿Cuánta agua al día?", q.getOriginalText());
        assertNull(q.getPublicText(), "nobody sees it yet");
        assertNull(q.getSeq());
        assertNull(q.getModeratedAt());
        assertEquals(chat, q.getEvent());
        assertEquals(beto, q.getParticipant());
    }

    @Test
    void aQuestionHasOneToFiveHundredCharacters() {
        RuleViolation empty = assertThrows(RuleViolation.class, () -> ChatMessage.question(beto, "   ", NOW));
        assertEquals("chat.question.required", empty.getMessageKey());
        assertEquals("question", empty.getField());
        RuleViolation tooLong =
                assertThrows(RuleViolation.class, () -> ChatMessage.question(beto, "x".repeat(501), NOW));
        assertEquals("chat.question.tooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[] {500}, tooLong.getArguments());
        assertEquals(
                500,
                ChatMessage.question(beto, "x".repeat(500), NOW)
                        .getOriginalText()
                        .length());
    }

    @Test
    void approvingPublishesTheQuestionWithItsNumberAsWrittenOrAsEdited() {
        ChatMessage asWritten = ChatMessage.question(beto, "Pregunta uno", NOW);
        asWritten.approve(f.moderator, null, 1, NOW.plusMinutes(1));
        assertEquals(MessageStatus.APPROVED, asWritten.getStatus());
        assertEquals("Pregunta uno", asWritten.getPublicText());
        assertEquals(1L, asWritten.getSeq());
        assertEquals(NOW.plusMinutes(1), asWritten.getModeratedAt());
        assertEquals(f.moderator, asWritten.getModerator());
        assertNull(asWritten.getRejectReason());

        ChatMessage edited = ChatMessage.question(beto, "Mi teléfono es 722 123 4567, ¿me llaman?", NOW);
        edited.approve(f.moderator, "  ¿Me llaman?  ", 2, NOW.plusMinutes(2));
        assertEquals("¿Me llaman?", edited.getPublicText());
        assertEquals("Mi teléfono es 722 123 4567, ¿me llaman?", edited.getOriginalText(), "the original stays");
        assertEquals(2L, edited.getSeq());
    }

    @Test
    void anEditIsAQuestionToo() {
        ChatMessage q = ChatMessage.question(beto, "Pregunta", NOW);
        refused("chat.question.tooLong", () -> q.approve(f.moderator, "x".repeat(501), 1, NOW));
        assertEquals(MessageStatus.PENDING, q.getStatus(), "nothing changed");
        q.approve(f.moderator, "   ", 1, NOW);
        assertEquals("Pregunta", q.getPublicText(), "a blank edit keeps the question as written");
    }

    @Test
    void rejectingNeedsAReasonOnlyTheAuthorReads() {
        ChatMessage q = ChatMessage.question(beto, "Pregunta", NOW);
        refused("chat.reject.reason", () -> q.reject(f.moderator, "  ", NOW));
        refused("chat.reject.reasonTooLong", () -> q.reject(f.moderator, "x".repeat(301), NOW));
        assertEquals(MessageStatus.PENDING, q.getStatus());
        q.reject(f.moderator, "  Trae datos personales ", NOW.plusMinutes(3));
        assertEquals(MessageStatus.REJECTED, q.getStatus());
        assertEquals("Trae datos personales", q.getRejectReason());
        assertEquals(NOW.plusMinutes(3), q.getModeratedAt());
        assertNull(q.getSeq(), "never public");
        assertNull(q.getPublicText());
    }

    @Test
    void aQuestionIsModeratedOnce() {
        ChatMessage approved = ChatMessage.question(beto, "Una", NOW);
        approved.approve(f.moderator, null, 1, NOW);
        refused("chat.question.notPending", () -> approved.approve(f.moderator, null, 2, NOW));
        refused("chat.question.notPending", () -> approved.reject(f.moderator, "Tarde", NOW));
        assertEquals(1L, approved.getSeq());

        ChatMessage rejected = ChatMessage.question(beto, "Dos", NOW);
        rejected.reject(f.moderator, "No", NOW);
        refused("chat.question.notPending", () -> rejected.approve(f.moderator, null, 3, NOW));
        refused("chat.question.notPending", () -> rejected.reject(f.moderator, "Otra vez", NOW));
        assertEquals("No", rejected.getRejectReason());
    }

    @Test
    void aSequenceNumberStartsAtOne() {
        ChatMessage q = ChatMessage.question(beto, "Una", NOW);
        IllegalArgumentException zero =
                assertThrows(IllegalArgumentException.class, () -> q.approve(f.moderator, null, 0, NOW));
        assertFalse(zero instanceof RuleViolation, "a programming error, not a rule users read");
    }

    @Test
    void theExpertAnswersApprovedQuestionsOnly() {
        ChatMessage q = ChatMessage.question(beto, "¿Cuánta agua?", NOW);
        refused("chat.answer.notApproved", () -> ChatMessage.answer(q, f.expert, "Dos litros", 1, NOW));
        q.approve(f.moderator, null, 1, NOW);
        assertFalse(q.isAnswered());
        ChatMessage a = ChatMessage.answer(q, f.expert, "  Dos litros  ", 2, NOW.plusMinutes(5));
        assertEquals(MessageKind.ANSWER, a.getKind());
        assertEquals(MessageStatus.APPROVED, a.getStatus(), "public when written");
        assertEquals("Dos litros", a.getPublicText());
        assertEquals(2L, a.getSeq());
        assertEquals(q, a.getQuestion());
        assertEquals(f.expert, a.getAuthor());
        assertTrue(q.isAnswered());

        ChatMessage rejected = ChatMessage.question(beto, "Otra", NOW);
        rejected.reject(f.moderator, "No", NOW);
        refused("chat.answer.notApproved", () -> ChatMessage.answer(rejected, f.expert, "Sí", 3, NOW));
    }

    @Test
    void anAnswerHasOneToTwoThousandCharacters() {
        ChatMessage q = ChatMessage.question(beto, "¿Cuánta agua?", NOW);
        q.approve(f.moderator, null, 1, NOW);
        refused("chat.answer.required", () -> ChatMessage.answer(q, f.expert, " ", 2, NOW));
        refused("chat.answer.tooLong", () -> ChatMessage.answer(q, f.expert, "x".repeat(2001), 2, NOW));
        assertFalse(q.isAnswered());
        assertEquals(
                2000,
                ChatMessage.answer(q, f.expert, "x".repeat(2000), 2, NOW)
                        .getPublicText()
                        .length());
    }

    @Test
    void aNoticeIsPublicAtOnceWithinFiveHundredCharacters() {
        ChatMessage n = ChatMessage.notice(chat, f.moderator, " El experto responde en 5 minutos ", 4, NOW);
        assertEquals(MessageKind.NOTICE, n.getKind());
        assertEquals(MessageStatus.APPROVED, n.getStatus());
        assertEquals("El experto responde en 5 minutos", n.getPublicText());
        assertEquals(4L, n.getSeq());
        RuleViolation blank =
                assertThrows(RuleViolation.class, () -> ChatMessage.notice(chat, f.moderator, "", 5, NOW));
        assertEquals("chat.notice.invalid", blank.getMessageKey());
        assertEquals("notice", blank.getField());
        refused("chat.notice.invalid", () -> ChatMessage.notice(chat, f.moderator, "x".repeat(501), 5, NOW));
    }
}
