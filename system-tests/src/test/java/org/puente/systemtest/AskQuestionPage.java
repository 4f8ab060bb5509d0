package org.puente.systemtest;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * The public ask form (/preguntas/preguntar): the topic, the question (answered questions that match show under
 * it while one types), nickname and e-mail without an account, send; and the outcome the page then shows.
 */
final class AskQuestionPage {

    private final Browser browser;

    private AskQuestionPage(Browser browser) {
        this.browser = browser;
    }

    static AskQuestionPage open(Browser browser) {
        browser.open("/preguntas/preguntar");
        browser.trackAjax();
        return new AskQuestionPage(browser);
    }

    AskQuestionPage topic(String label) {
        browser.select("#ask\\:topic", label);
        return this;
    }

    /** Types the question key by key, as a person does, so that the suggestions are asked for after a pause. */
    AskQuestionPage typeQuestion(String text) {
        browser.keys("#ask\\:text", text);
        return this;
    }

    /** The suggestions shown under the field once they come (waits for at least one). */
    List<String> suggestions() {
        browser.waitUntil(
                "the suggestions while typing", Duration.ofSeconds(20), () -> !browser.all("#ask\\:suggestions li")
                        .isEmpty());
        browser.awaitAjax("the suggestions");
        return browser.all("#ask\\:suggestions li").stream()
                .map(WebElement::getText)
                .toList();
    }

    AskQuestionPage nickname(String text) {
        browser.type("#ask\\:nickname", text);
        return this;
    }

    AskQuestionPage email(String text) {
        browser.type("#ask\\:email", text);
        return this;
    }

    /** Ticks the consent to the body's privacy notice shown above the button. */
    AskQuestionPage acceptPrivacyNotice() {
        browser.click("#ask\\:privacyConsent");
        return this;
    }

    AskQuestionPage submit() {
        browser.awaitAjax("the suggestions before sending");
        browser.clickAndWait("#ask\\:submit");
        return this;
    }

    String error(String field) {
        return browser.text("#ask\\:" + field + "-error");
    }

    /** The outcome's text: confirm the e-mail, in moderation, or a personal case. */
    String outcome() {
        return browser.text("[id^=outcome-]");
    }
}
