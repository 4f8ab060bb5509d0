package org.puente.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff mailbox (/staff/buzon): the list with its status filter, one message opened
 * (?mensaje=N), and its three forms: answer, turn into a petition, discard.
 */
final class StaffMailboxPage {

    private final Browser browser;

    private StaffMailboxPage(Browser browser) {
        this.browser = browser;
    }

    /** The list, under a status filter (e.g. "NUEVO") or none. */
    static StaffMailboxPage open(Browser browser, String status) {
        browser.open("/staff/buzon" + (status == null ? "" : "?estado=" + status));
        return new StaffMailboxPage(browser);
    }

    static StaffMailboxPage on(Browser browser) {
        return new StaffMailboxPage(browser);
    }

    /** The list's count ("31 mensajes"). */
    String total() {
        return browser.text("#total");
    }

    /** Opens the message of the list with this subject. */
    StaffMailboxPage openMessage(String subject) {
        WebElement link = browser.driver().findElements(By.cssSelector("#messages a.mailbox-subject")).stream()
                .filter(a -> a.getText().strip().equals(subject))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No message \"" + subject + "\" in " + browser.text("#messages")));
        browser.driver().get(link.getAttribute("href"));
        return this;
    }

    String status() {
        return browser.text("#status");
    }

    String subject() {
        return browser.text("#subject");
    }

    StaffMailboxPage answer(String text) {
        browser.type("#reply\\:answer", text);
        browser.clickAndWait("#reply\\:send");
        return this;
    }

    /** Turns the message into a petition of this type (its label) and department (its name, or null for none). */
    StaffMailboxPage convert(String type, String department) {
        if (type != null) {
            browser.select("#convert\\:type", type);
        }
        if (department != null) {
            browser.select("#convert\\:department", department);
        }
        browser.clickAndWait("#convert\\:submit");
        return this;
    }

    StaffMailboxPage discard(String reason) {
        browser.type("#discard\\:reason", reason);
        browser.clickAndWait("#discard\\:submit");
        return this;
    }

    /** The error under a form's field, e.g. {@code error("convert", "type")}. */
    String error(String form, String field) {
        return browser.text("#" + form + "\\:" + field + "-error");
    }

    /** The folio of the petition the message became. */
    String petitionFolio() {
        return browser.text("#petition-folio");
    }

    String answerText() {
        return browser.text("#answer-text");
    }
}
