package org.puente.systemtest;

import java.time.Duration;
import org.openqa.selenium.Keys;

/**
 * The operator's phone intake (/staff/atender), used with the keyboard as an operator works while the
 * caller speaks: each field typed into (a select takes the first letters of its choice), the privacy
 * notice ticked with the space bar. Shares the report form's ids ({@link ReportFormPage}).
 */
final class OperatorIntakePage {

    private final Browser browser;

    private OperatorIntakePage(Browser browser) {
        this.browser = browser;
    }

    static OperatorIntakePage open(Browser browser) {
        browser.open("/staff/atender");
        return new OperatorIntakePage(browser);
    }

    static OperatorIntakePage on(Browser browser) {
        return new OperatorIntakePage(browser);
    }

    /** Types into a field of the form by its id, e.g. {@code type("street", "Calle Morelos 4")}; keys such as Tab may follow. */
    OperatorIntakePage type(String field, CharSequence... keys) {
        browser.keys("#report\\:" + field, keys);
        return this;
    }

    OperatorIntakePage service(String name) {
        return type("service", name);
    }

    OperatorIntakePage description(String text) {
        return type("description", text);
    }

    OperatorIntakePage colonia(String name) {
        return type("colonia", name);
    }

    OperatorIntakePage street(String text) {
        return type("street", text);
    }

    OperatorIntakePage callerName(String name) {
        return type("contactName", name);
    }

    OperatorIntakePage callerEmail(String email) {
        return type("contactEmail", email);
    }

    OperatorIntakePage callerPhone(String phone) {
        return type("contactPhone", phone);
    }

    /** The phone number, then Tab out of it: what makes the page look up the caller's earlier reports. */
    OperatorIntakePage callerPhoneAndTab(String phone) {
        return type("contactPhone", phone, Keys.TAB);
    }

    /** Chooses with the mouse, for tests that are not about the keyboard. */
    OperatorIntakePage select(String field, String visibleText) {
        browser.select("#report\\:" + field, visibleText);
        return this;
    }

    OperatorIntakePage acceptPrivacyNotice() {
        return type("privacyConsent", Keys.SPACE);
    }

    /** Sends the form once; the browser shows the receipt, errors, or the similar reports. */
    OperatorIntakePage submit() {
        browser.clickAndWait("#report\\:submit");
        return this;
    }

    /** Sends the form and, if similar reports are offered, files it anyway. */
    ReceiptPage submitPastSimilar() {
        submit();
        if (showsSimilar()) {
            submit();
        }
        return ReceiptPage.on(browser);
    }

    /** Types a folio to follow and presses Enter in it. */
    OperatorIntakePage followFolio(String folio) {
        return type("followFolio", folio, Keys.ENTER);
    }

    boolean showsSimilar() {
        return !browser.all("#similar").isEmpty();
    }

    String similar() {
        return browser.text("#similar");
    }

    /** On the similar-reports panel: adds the caller to the first report offered. */
    ReceiptPage addCallerToFirstSimilar() {
        browser.clickAndWait("#similar .similar-choice");
        return ReceiptPage.on(browser);
    }

    /** Waits until the panel of the caller's earlier reports names the folio; returns the panel's text. */
    String awaitEarlierReport(String folio) {
        browser.waitUntil(
                "the caller's earlier report " + folio, Duration.ofSeconds(10), () -> browser.text("#report\\:earlier")
                        .contains(folio));
        return browser.text("#report\\:earlier");
    }
}
