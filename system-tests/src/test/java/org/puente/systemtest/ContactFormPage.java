package org.puente.systemtest;

/**
 * The public contact form (/contacto): subject, message, the sender's e-mail (and optional name and phone),
 * the privacy notice's box, send; and what the page then says (a field's error, the confirmation).
 */
final class ContactFormPage {

    private final Browser browser;

    private ContactFormPage(Browser browser) {
        this.browser = browser;
    }

    static ContactFormPage open(Browser browser) {
        browser.open("/contacto");
        return new ContactFormPage(browser);
    }

    static ContactFormPage on(Browser browser) {
        return new ContactFormPage(browser);
    }

    ContactFormPage subject(String text) {
        browser.type("#contact\\:subject", text);
        return this;
    }

    ContactFormPage text(String text) {
        browser.type("#contact\\:text", text);
        return this;
    }

    ContactFormPage name(String text) {
        browser.type("#contact\\:contactName", text);
        return this;
    }

    ContactFormPage email(String text) {
        browser.type("#contact\\:contactEmail", text);
        return this;
    }

    ContactFormPage phone(String text) {
        browser.type("#contact\\:contactPhone", text);
        return this;
    }

    ContactFormPage acceptPrivacyNotice() {
        browser.click("#contact\\:privacyConsent");
        return this;
    }

    /** Sends the form; the browser shows the confirmation or the form with its errors. */
    ContactFormPage submit() {
        browser.clickAndWait("#contact\\:submit");
        return this;
    }

    /** The error shown under a field, e.g. {@code error("contactEmail")}. */
    String error(String field) {
        return browser.text("#contact\\:" + field + "-error");
    }

    /** What a field holds now (kept after a refused submission). */
    String value(String field) {
        return browser.attribute("#contact\\:" + field, "value");
    }

    /** The attention hours the form shows. */
    String hours() {
        return browser.text("#contact\\:hours");
    }
}
