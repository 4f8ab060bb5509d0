package org.puente.systemtest;

/**
 * A survey's public page (/encuestas/encuesta?id=): its form (radio groups, check boxes, the 1-5 scale, a text),
 * the message under each question, and its results once published.
 */
final class SurveyFormPage {

    private final Browser browser;

    private SurveyFormPage(Browser browser) {
        this.browser = browser;
    }

    static SurveyFormPage open(Browser browser, String id) {
        browser.open("/encuestas/encuesta?id=" + id);
        return new SurveyFormPage(browser);
    }

    /** Chooses option {@code index} (from 0) of question {@code position} (from 0), a single choice. */
    SurveyFormPage choose(int position, int index) {
        browser.click("label[for='answer:questions:" + position + ":single:" + index + "']");
        return this;
    }

    SurveyFormPage check(int position, int index) {
        browser.click("label[for='answer:questions:" + position + ":choices:" + index + "']");
        return this;
    }

    SurveyFormPage rate(int position, int points) {
        browser.click("label[for='answer:questions:" + position + ":scale:" + (points - 1) + "']");
        return this;
    }

    SurveyFormPage write(int position, String text) {
        browser.type("#answer\\:questions\\:" + position + "\\:text", text);
        return this;
    }

    SurveyFormPage submit() {
        browser.clickAndWait("#answer\\:submit");
        return this;
    }

    /** The message under a question, by its input ("single", "choices", "scale", "text"). */
    String error(int position, String input) {
        return browser.text("#answer\\:questions\\:" + position + "\\:" + input + "-error");
    }

    String textValue(int position) {
        return browser.attribute("#answer\\:questions\\:" + position + "\\:text", "value");
    }
}
