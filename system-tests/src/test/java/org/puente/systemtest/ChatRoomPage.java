package org.puente.systemtest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A chat's public room (/chat?evento=...), live over a WebSocket: the waiting room with its countdown,
 * joining with a nickname, asking, the citizen's own questions with their state, the stream of
 * published questions and answers, and the closed room's link to the transcript.
 */
final class ChatRoomPage {

    /** A live page answers over the network: its waits are longer than a page load's. */
    static final Duration LIVE = Duration.ofSeconds(40);

    private final Browser browser;

    private ChatRoomPage(Browser browser) {
        this.browser = browser;
    }

    static ChatRoomPage open(Browser browser, long event) {
        browser.open("/chat?evento=" + event);
        return new ChatRoomPage(browser);
    }

    String title() {
        return browser.text("#chat-title");
    }

    /** Waits for the join form, joins under the nickname and waits for the question box. */
    ChatRoomPage join(String nickname) {
        await("the join form", () -> browser.find("#join").isDisplayed());
        browser.type("#nickname", nickname);
        browser.click("#join-form button[type=submit]");
        await("the question box", () -> browser.find("#ask").isDisplayed());
        return this;
    }

    ChatRoomPage awaitConnected() {
        await("the room to say it is connected", () -> browser.text("#connection")
                .startsWith("Conectado"));
        return this;
    }

    /** Sends a question and waits until it is listed among the citizen's own as under review. */
    ChatRoomPage ask(String question) {
        browser.type("#question", question);
        browser.click("#ask-button");
        await("the question to be under review", () -> ownQuestions().contains("En revisión"));
        return this;
    }

    String ownQuestions() {
        return browser.text("#own-questions");
    }

    String stream() {
        return browser.text("#stream");
    }

    String answers() {
        return browser.text("#stream .chat-answer");
    }

    int questionsShown() {
        return browser.all("#stream .chat-question").size();
    }

    /** True when the stream holds bold text, i.e. a question's markup was rendered instead of shown. */
    boolean streamRendersMarkup() {
        return !browser.all("#stream b").isEmpty();
    }

    ChatRoomPage awaitWaitingRoom() {
        await("the waiting room", () -> browser.find("#waiting-room").isDisplayed());
        return this;
    }

    String countdown() {
        return browser.text("#countdown");
    }

    boolean questionBoxShown() {
        return browser.find("#ask").isDisplayed();
    }

    /** Waits until the room shows it closed, and follows its link to the transcript. */
    Browser openTranscriptOnceClosed() {
        await("the room to close", () -> browser.find("#closed-room").isDisplayed());
        return browser.clickAndWait("#closed-room a");
    }

    /** Waits for something the room shows live (ignoring elements not there yet). */
    ChatRoomPage await(String what, BooleanSupplier condition) {
        awaitLive(browser, what, condition);
        return this;
    }

    /** Waits up to {@link #LIVE} for a live page, an element that is not there yet counting as not yet. */
    static void awaitLive(Browser browser, String what, BooleanSupplier condition) {
        browser.waitUntil(what, LIVE, () -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }
}
