package org.puente.systemtest;

import java.util.function.BooleanSupplier;

/**
 * The staff's two live chat pages: the moderator's (/staff/moderar), who approves the questions
 * waiting, and the expert's (/staff/responder), who chooses a published question and answers it.
 */
final class ChatStaffPages {

    private ChatStaffPages() {}

    static Moderation moderate(Browser browser, long event) {
        browser.open("/staff/moderar?evento=" + event);
        return new Moderation(browser);
    }

    static Answering answer(Browser browser, long event) {
        browser.open("/staff/responder?evento=" + event);
        return new Answering(browser);
    }

    record Moderation(Browser browser) {

        /** Waits until the question is among those waiting. */
        Moderation awaitPending(String question) {
            ChatRoomPage.awaitLive(
                    browser, "the question waiting for the moderator", () -> browser.text("#pending-list")
                            .contains(question));
            return this;
        }

        /** Approves the first question waiting and waits until it has left the list. */
        Moderation approveFirst(String question) {
            browser.click("#pending-list li.pending-question button.approve");
            ChatRoomPage.awaitLive(
                    browser, "the approved question to leave the list", () -> !browser.text("#live\\:pending")
                            .contains(question));
            return this;
        }
    }

    record Answering(Browser browser) {

        /** Waits until the published question is offered to the expert. */
        Answering awaitQuestion(String question) {
            ChatRoomPage.awaitLive(browser, "the question offered to the expert", () -> browser.text("#question-list")
                    .contains(question));
            return this;
        }

        /** Chooses the first question offered and waits for the answer box. */
        Answering chooseFirst() {
            browser.click("#question-list button.choose");
            ChatRoomPage.awaitLive(browser, "the answer box", () -> !browser.all("#live\\:text")
                    .isEmpty());
            return this;
        }

        Answering write(String answer) {
            browser.type("#live\\:text", answer);
            return this;
        }

        /** Sends the answer and waits for the page to say it was published. */
        Answering send() {
            browser.click("#live\\:send-answer");
            await("the answer to be published", () -> browser.text("#live").contains("Respuesta publicada"));
            return this;
        }

        private void await(String what, BooleanSupplier condition) {
            ChatRoomPage.awaitLive(browser, what, condition);
        }
    }
}
