package org.puente.systemtest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The Enlace's form for a new chat or forum request (/staff/solicitud-nueva): the day and window, the
 * topic, the expert (a new one by name and e-mail, or one with an account), notes and the letter (oficio).
 */
final class RequestFormPage {

    private final Browser browser;

    private RequestFormPage(Browser browser) {
        this.browser = browser;
    }

    static RequestFormPage open(Browser browser) {
        browser.open("/staff/solicitud-nueva");
        return new RequestFormPage(browser);
    }

    /** From the list of requests, with its "new request" link. */
    static RequestFormPage openFromList(Browser browser) {
        browser.open("/staff/solicitudes");
        browser.clickAndWait("#new-request");
        return new RequestFormPage(browser);
    }

    RequestFormPage day(LocalDate day) {
        browser.date("#request\\:day", day);
        return this;
    }

    /** The window by its value, e.g. {@code 11:00-13:00}. */
    RequestFormPage window(String value) {
        browser.selectValue("#request\\:window", value);
        return this;
    }

    /**
     * Adds a window the agency does not offer to the list, as someone changing the page by hand would,
     * to see the server refuse it.
     */
    RequestFormPage slipInWindow(String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var o = document.createElement('option'); o.value = arguments[1]; o.text = arguments[1];"
                                + " arguments[0].appendChild(o);",
                        browser.find("#request\\:window"),
                        value);
        return this;
    }

    RequestFormPage topics(String text) {
        browser.type("#request\\:topics", text);
        return this;
    }

    /** A new expert, by name, position and e-mail. */
    RequestFormPage newExpert(String name, String position, String email) {
        browser.type("#request\\:expertName", name);
        browser.type("#request\\:expertPosition", position);
        browser.type("#request\\:expertEmail", email);
        return this;
    }

    /** An expert who has an account, by the start of his name in the list. */
    RequestFormPage existingExpert(String name) {
        browser.selectStartingWith("#request\\:expert", name);
        return this;
    }

    RequestFormPage notes(String text) {
        browser.type("#request\\:notes", text);
        return this;
    }

    RequestFormPage letter(Path file) {
        browser.keys("#request\\:letter", file.toString());
        return this;
    }

    /** Sends the form; the browser shows the new request's page, or the form with its errors. */
    RequestFormPage submit() {
        browser.clickAndWait("#request\\:submit");
        return this;
    }

    String intro() {
        return browser.text("#request-intro");
    }

    /** The error beside a field, e.g. {@code error("topics")}. */
    String error(String field) {
        return browser.text("#request\\:" + field + "-error");
    }

    /** An attribute of a field's input, e.g. {@code attribute("topics", "aria-invalid")}. */
    String attribute(String field, String name) {
        return browser.attribute("#request\\:" + field, name);
    }

    /** The mark beside a field's label ("*" when required); fails when there is none. */
    String requiredMark(String field) {
        return browser.text("label[for='request:" + field + "'] .required-mark");
    }

    boolean marksRequired(String field) {
        return !browser.all("label[for='request:" + field + "'] .required-mark").isEmpty();
    }
}
