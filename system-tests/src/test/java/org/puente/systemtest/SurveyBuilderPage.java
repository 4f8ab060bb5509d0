package org.puente.systemtest;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The staff's opinion surveys (/staff/encuestas, /staff/encuesta): a new draft, its questions of each kind, the
 * period to publish it, the review of free texts and "publicar resultados".
 */
final class SurveyBuilderPage {

    private final Browser browser;

    private SurveyBuilderPage(Browser browser) {
        this.browser = browser;
    }

    static SurveyBuilderPage openList(Browser browser) {
        browser.open("/staff/encuestas");
        return new SurveyBuilderPage(browser);
    }

    SurveyBuilderPage create(String title, String intro) {
        browser.clickAndWait("#new-survey");
        browser.type("#survey\\:title", title);
        browser.type("#survey\\:intro", intro);
        browser.clickAndWait("#survey\\:create");
        return this;
    }

    /** Adds a question; {@code kind} as the menu says it, options one per line (none for a scale or a text). */
    SurveyBuilderPage addQuestion(String kind, String text, boolean required, String... options) {
        browser.select("#question\\:kind", kind);
        browser.type("#question\\:text", text);
        if (!required) {
            browser.click("#question\\:required");
        }
        browser.type("#question\\:options", String.join("\n", options));
        browser.clickAndWait("#question\\:add");
        return this;
    }

    /** Publishes until the given wall-clock time ("2026-12-24T18:00"); opening now. */
    SurveyBuilderPage publishUntil(String closes) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find("#publish\\:closesAt"), closes);
        browser.clickAndWait("#publish\\:submit");
        return this;
    }

    SurveyBuilderPage approveFirstText() {
        browser.clickAndWait("#texts-form [id$=':approve']");
        return this;
    }

    SurveyBuilderPage publishResults() {
        browser.clickAndWait("#steps\\:results");
        return this;
    }

    String status() {
        return browser.text("#status");
    }

    String error(String form, String field) {
        return browser.text("#" + form + "\\:" + field + "-error");
    }

    /** The survey's id, from the address. */
    String id() {
        return browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }
}
