package org.puente.systemtest;

/** /registro: a citizen creates an account with his name, e-mail and password, accepting the privacy notice. */
final class RegistrationPage {

    private final Browser browser;

    private RegistrationPage(Browser browser) {
        this.browser = browser;
    }

    static RegistrationPage open(Browser browser) {
        browser.open("/registro");
        return new RegistrationPage(browser);
    }

    /** Fills the three fields (without sending them). */
    RegistrationPage fill(String fullName, String email, String password) {
        browser.type("#registration\\:fullName", fullName)
                .type("#registration\\:email", email)
                .type("#registration\\:password", password);
        return this;
    }

    RegistrationPage email(String email) {
        browser.type("#registration\\:email", email);
        return this;
    }

    RegistrationPage password(String password) {
        browser.type("#registration\\:password", password);
        return this;
    }

    RegistrationPage acceptPrivacyNotice() {
        browser.click("#registration\\:privacyConsent");
        return this;
    }

    /** Sends the form; on success the browser is on the login page, otherwise the form shows its errors. */
    RegistrationPage submit() {
        browser.clickAndWait("#registration\\:submit");
        return this;
    }

    /** Fills everything, accepts the notice and sends: a new account, the browser on the login page. */
    Browser register(String fullName, String email, String password) {
        fill(fullName, email, password).acceptPrivacyNotice().submit();
        return browser;
    }

    /** The error beside a field, e.g. {@code error("email")}. */
    String error(String field) {
        return browser.text("#registration\\:" + field + "-error");
    }

    /** An attribute of a field's input, e.g. {@code attribute("fullName", "value")}. */
    String attribute(String field, String name) {
        return browser.attribute("#registration\\:" + field, name);
    }
}
