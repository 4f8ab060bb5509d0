package org.puente.systemtest;

/**
 * The public petition form (/peticion) with the steps a citizen takes: choose the type and how to file it,
 * write the subject and the text, leave a contact, accept the privacy notice, send; and what the page then
 * says (the attention hours, a field's error, what stayed typed). Then its receipt (/peticion-enviada).
 */
final class PetitionFormPage {

    private final Browser browser;

    private PetitionFormPage(Browser browser) {
        this.browser = browser;
    }

    static PetitionFormPage open(Browser browser) {
        browser.open("/peticion");
        return new PetitionFormPage(browser);
    }

    static PetitionFormPage on(Browser browser) {
        return new PetitionFormPage(browser);
    }

    /** The body's attention hours as the form shows them ("Lunes a viernes de 9:00 a 18:00"). */
    String hours() {
        return browser.text("#hours-text");
    }

    PetitionFormPage type(String name) {
        browser.select("#petition\\:type", name);
        return this;
    }

    /** 0 with my name, 1 reserved identity, 2 anonymous (where the type allows it). */
    PetitionFormPage identity(int choice) {
        browser.click("#petition\\:identity\\:" + choice);
        return this;
    }

    PetitionFormPage department(String name) {
        browser.select("#petition\\:department", name);
        return this;
    }

    PetitionFormPage subject(String text) {
        browser.type("#petition\\:subject", text);
        return this;
    }

    PetitionFormPage text(String text) {
        browser.type("#petition\\:text", text);
        return this;
    }

    PetitionFormPage contactName(String text) {
        browser.type("#petition\\:contactName", text);
        return this;
    }

    PetitionFormPage contactEmail(String text) {
        browser.type("#petition\\:contactEmail", text);
        return this;
    }

    PetitionFormPage acceptPrivacyNotice() {
        if (!browser.find("#petition\\:privacyConsent").isSelected()) {
            browser.click("#petition\\:privacyConsent");
        }
        return this;
    }

    PetitionFormPage submit() {
        browser.clickAndWait("#petition\\:submit");
        return this;
    }

    /** The error shown under a field, e.g. {@code error("text")}. */
    String error(String field) {
        return browser.text("#petition\\:" + field + "-error");
    }

    /** What a field holds now, e.g. {@code value("subject")}. */
    String value(String field) {
        return browser.attribute("#petition\\:" + field, "value");
    }

    // ---- the receipt ----------------------------------------------------------------------------

    String receiptFolio() {
        return browser.text("#folio");
    }

    String receiptCode() {
        return browser.text("#tracking-code");
    }

    String receiptFacts() {
        return browser.text("#receipt-facts");
    }

    String clockStart() {
        return browser.text("#clock-start");
    }

    /** The acuse's address, as its download link has it. */
    String acuseAddress() {
        return browser.attribute("#acuse", "href");
    }
}
