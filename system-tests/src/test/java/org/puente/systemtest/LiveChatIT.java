package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * One live chat in three browsers at once: a citizen (on a phone-sized window) asks, the moderator
 * approves, the expert answers, and the citizen sees question and answer arrive without reloading;
 * then the chat closes on time and its transcript is public. Screenshots of the three views and of the
 * transcript land in the screenshots folder.
 */
class LiveChatIT {

    @Test
    void theCitizenAsksTheModeratorApprovesTheExpertAnswersAndTheCitizenSeesItLive() throws Exception {
        long chat = openChatNow("Dengue: cómo proteger a tu familia");
        try (Browser citizen = new Browser();
                Browser moderator = new Browser();
                Browser expert = new Browser()) {
            citizen.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            ChatRoomPage room = ChatRoomPage.open(citizen, chat);
            assertEquals("Dengue: cómo proteger a tu familia", room.title());
            room.join("Lucía").awaitConnected().ask("¿El mosquito pica de noche? <b>urgente</b>");

            moderator.signIn("moderador", "demo");
            ChatStaffPages.Moderation moderation =
                    ChatStaffPages.moderate(moderator, chat).awaitPending("¿El mosquito pica de noche?");
            moderator.screenshot("chat-moderator");
            moderation.approveFirst("¿El mosquito pica de noche?");

            room.await("the question published in the stream", () -> room.stream()
                    .contains("¿El mosquito pica de noche? <b>urgente</b>"));
            assertFalse(room.streamRendersMarkup(), "the question's markup is shown as text");
            room.await("the own question marked published", () -> room.ownQuestions()
                    .contains("Publicada"));

            expert.signIn("experto", "demo");
            ChatStaffPages.Answering answering = ChatStaffPages.answer(expert, chat)
                    .awaitQuestion("¿El mosquito pica de noche?")
                    .chooseFirst()
                    .write("El Aedes aegypti pica sobre todo de día, al amanecer y al atardecer.");
            expert.screenshot("chat-expert");
            answering.send();

            room.await("the answer in the stream", () -> room.answers()
                    .contains("El Aedes aegypti pica sobre todo de día"));
            assertTrue(room.answers().contains("Dr. Roberto Sánchez Islas"));
            assertEquals(1, room.questionsShown(), "shown once");
            scrollTo(citizen, "#stream");
            citizen.screenshot("chat-citizen-phone");

            closeChatNow(chat);
            room.openTranscriptOnceClosed();
            assertEquals("/transcripcion?evento=" + chat, citizen.path());
            String transcript = citizen.text("#transcript");
            assertTrue(transcript.contains("¿El mosquito pica de noche? <b>urgente</b>"), transcript);
            assertTrue(transcript.contains("El Aedes aegypti pica sobre todo de día"), transcript);
            assertEquals("1", citizen.text("#f-participants"));
            assertEquals("1", citizen.text("#f-answered"));
            citizen.assertAccessible();
            scrollTo(citizen, "#transcript");
            citizen.screenshot("chat-transcript-phone");
        }
    }

    @Test
    void theRoomPassesAxeAndTheWaitingRoomCountsDown() throws Exception {
        long chat = openChatNow("Vacunación infantil");
        try (Connection c = TestDatabase.connect()) {
            OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3);
            TestDatabase.update(
                    c,
                    "update engagement_event set status = 'SCHEDULED', starts_at = ?, ends_at = ? where id = ?",
                    later,
                    later.plusHours(2),
                    chat);
        }
        try (Browser b = new Browser()) {
            ChatRoomPage room = ChatRoomPage.open(b, chat).awaitWaitingRoom();
            String first = room.countdown();
            assertTrue(first.matches("0?[23]:\\d\\d:\\d\\d"), first);
            room.await("the countdown to move", () -> !room.countdown().equals(first));
            assertFalse(room.questionBoxShown(), "no questions before the start");
            b.assertAccessible();
            b.phoneScreenshot("chat-waiting-room");
        } finally {
            try (Connection c = TestDatabase.connect()) {
                TestDatabase.update(c, "update engagement_event set status = 'CANCELLED' where id = ?", chat);
            }
        }
    }

    /** In the waiting room the question box is there, its button looks off and says when questions open. */
    @Test
    void beforeTheStartTheQuestionButtonLooksOffAndSaysWhenQuestionsOpen() throws Exception {
        // Tuesday 12 January 2027, 11:00 in Mexico City (UTC-6 all year since 2022).
        OffsetDateTime start = OffsetDateTime.of(2027, 1, 12, 11, 0, 0, 0, ZoneOffset.ofHours(-6));
        long chat = TestDatabase.event("CHAT", "Cuidados en el frío", start, start.plusHours(2), "SCHEDULED");
        try (Browser b = new Browser()) {
            ChatRoomPage.open(b, chat).join("Tomás");
            assertFalse(b.find("#ask-button").isEnabled(), "no questions before the start");
            assertTrue(b.find("#ask-closed").isDisplayed());
            assertEquals(
                    "Podrás enviar preguntas cuando abra el chat: el martes, 12 de enero de 2027 a las 11:00.",
                    b.text("#ask-closed"));
            assertEquals("ask-closed", b.attribute("#ask-button", "aria-describedby"));
            assertEquals(
                    "rgba(228, 228, 228, 1)",
                    b.find("#ask-button").getCssValue("background-color"),
                    "grey, not the active guinda");
            assertEquals("not-allowed", b.find("#ask-button").getCssValue("cursor"));
            assertEquals(
                    "rgb(89, 89, 89)",
                    b.find("#ask-button").getCssValue("-webkit-text-fill-color"),
                    "dark grey text that can be read");
            b.assertAccessible();
            scrollTo(b, "#ask-button");
            b.screenshot("chat-waiting-question-off");
            org.openqa.selenium.Dimension before = b.driver().manage().window().getSize();
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            scrollTo(b, "#ask-button");
            b.screenshot("chat-waiting-question-off-phone");
            b.driver().manage().window().setSize(before);
        } finally {
            try (Connection c = TestDatabase.connect()) {
                TestDatabase.update(c, "update engagement_event set status = 'CANCELLED' where id = ?", chat);
            }
        }
    }

    /** A chat of the demo expert and moderator, open from a minute ago for two hours. */
    static long openChatNow(String topic) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return TestDatabase.event("CHAT", topic, now.minusMinutes(1), now.plusHours(2), "OPEN");
    }

    /** Moves the chat's end to now: the server's timer closes it within fifteen seconds. */
    static void closeChatNow(long chat) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestDatabase.update(
                    c,
                    "update engagement_event set ends_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                    chat);
        }
    }

    private static void scrollTo(Browser b, String css) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("arguments[0].scrollIntoView()", b.find(css));
    }
}
