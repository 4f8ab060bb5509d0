package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        try (Browser citizen = new Browser(); Browser moderator = new Browser(); Browser expert = new Browser()) {
            citizen.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            citizen.open("/chat?evento=" + chat);
            assertEquals("Dengue: cómo proteger a tu familia", citizen.text("#chat-title"));
            waitUntil(citizen, d -> citizen.find("#join").isDisplayed());
            citizen.type("#nickname", "Lucía");
            citizen.click("#join-form button[type=submit]");
            waitUntil(citizen, d -> citizen.find("#ask").isDisplayed());
            waitUntil(citizen, d -> citizen.text("#connection").startsWith("Conectado"));
            citizen.type("#question", "¿El mosquito pica de noche? <b>urgente</b>");
            citizen.click("#ask-button");
            waitUntil(citizen, d -> citizen.text("#own-questions").contains("En revisión"));

            moderator.signIn("moderador", "demo");
            moderator.open("/staff/moderar?evento=" + chat);
            waitUntil(moderator, d -> moderator.text("#pending-list").contains("¿El mosquito pica de noche?"));
            moderator.screenshot("chat-moderator");
            moderator.click("#pending-list li.pending-question button.approve");
            waitUntil(moderator, d -> !moderator.text("#pending").contains("¿El mosquito pica de noche?"));

            waitUntil(citizen, d -> citizen.text("#stream").contains("¿El mosquito pica de noche? <b>urgente</b>"));
            assertTrue(citizen.all("#stream b").isEmpty(), "the question's markup is shown as text");
            waitUntil(citizen, d -> citizen.text("#own-questions").contains("Publicada"));

            expert.signIn("experto", "demo");
            expert.open("/staff/responder?evento=" + chat);
            waitUntil(expert, d -> expert.text("#question-list").contains("¿El mosquito pica de noche?"));
            expert.click("#question-list button.choose");
            waitUntil(expert, d -> !expert.all("#live\\:text").isEmpty());
            expert.type("#live\\:text", "El Aedes aegypti pica sobre todo de día, al amanecer y al atardecer.");
            expert.screenshot("chat-expert");
            expert.click("#live\\:send-answer");

            waitUntil(citizen, d -> citizen.text("#stream .chat-answer").contains("El Aedes aegypti pica sobre todo de día"));
            assertTrue(citizen.text("#stream .chat-answer").contains("Dr. Roberto Sánchez Islas"));
            assertEquals(1, citizen.all("#stream .chat-question").size(), "shown once");
            citizen.screenshot("chat-citizen-phone");

            closeChatNow(chat);
            waitUntil(citizen, d -> citizen.find("#closed-room").isDisplayed());
            citizen.clickAndWait("#closed-room a");
            assertEquals("/transcripcion?evento=" + chat, citizen.path());
            String transcript = citizen.text("#transcript");
            assertTrue(transcript.contains("¿El mosquito pica de noche? <b>urgente</b>"), transcript);
            assertTrue(transcript.contains("El Aedes aegypti pica sobre todo de día"), transcript);
            assertEquals("1", citizen.text("#f-participants"));
            assertEquals("1", citizen.text("#f-answered"));
            citizen.assertAccessible();
            citizen.screenshot("chat-transcript-phone");
        }
    }

    @Test
    void theRoomPassesAxeAndTheWaitingRoomCountsDown() throws Exception {
        long chat = openChatNow("Vacunación infantil");
        try (Connection c = TestDatabase.connect()) {
            OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3);
            TestDatabase.update(c, "update engagement_event set status = 'SCHEDULED', starts_at = ?, ends_at = ? where id = ?",
                    later, later.plusHours(2), chat);
        }
        try (Browser b = new Browser()) {
            b.open("/chat?evento=" + chat);
            waitUntil(b, d -> b.find("#waiting-room").isDisplayed());
            String first = b.text("#countdown");
            assertTrue(first.matches("0?[23]:\\d\\d:\\d\\d"), first);
            waitUntil(b, d -> !b.text("#countdown").equals(first));
            assertFalse(b.find("#ask").isDisplayed(), "no questions before the start");
            b.assertAccessible();
            b.phoneScreenshot("chat-waiting-room");
        }
    }

    /** A chat of the demo expert and moderator, open from a minute ago, as the workflow would have left it. */
    static long openChatNow(String topic) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            long body = TestDatabase.id(c, "select id from body where code = 'SSEM'");
            long unit = TestDatabase.id(c, "select id from department where name = 'Unidad de Comunicación Social'");
            long enlace = TestDatabase.id(c, "select id from user_account where username = 'enlace'");
            long expert = TestDatabase.id(c, "select id from user_account where username = 'experto'");
            long moderator = TestDatabase.id(c, "select id from user_account where username = 'moderador'");
            long request = TestDatabase.next(c, "engagement_request_seq");
            long event = TestDatabase.next(c, "engagement_event_seq");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            LocalDate today = LocalDate.now();
            TestDatabase.update(c, "insert into engagement_request (id, folio, kind, body_id, unit_id, requester_id, status,"
                    + " topics, start_date, end_date, start_time, end_time, expert_name, expert_email, expert_id,"
                    + " expert_confirmed, submitted_at, updated_at, version) values (?, ?, 'CHAT', ?, ?, ?, 'SCHEDULED', ?,"
                    + " ?, ?, ?, ?, 'Dr. Roberto Sánchez Islas', 'experto@demo.puente.mx', ?, true, ?, ?, 1)",
                    request, "PRUEBA-" + request, body, unit, enlace, topic, today, today,
                    java.time.LocalTime.of(0, 0), java.time.LocalTime.of(23, 59), expert, now, now);
            TestDatabase.update(c, "insert into engagement_event (id, request_id, kind, title, topics, body_id, starts_at,"
                    + " ends_at, expert_id, moderator_id, status, version, last_seq, pre_moderated)"
                    + " values (?, ?, 'CHAT', ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, 0, false)",
                    event, request, topic, topic, body, now.minusMinutes(1), now.plusHours(2), expert, moderator);
            return event;
        }
    }

    /** Moves the chat's end to now: the server's timer closes it within fifteen seconds. */
    static void closeChatNow(long chat) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestDatabase.update(c, "update engagement_event set ends_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), chat);
        }
    }

    private static void waitUntil(Browser b, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(40)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }
}
