package org.puente.systemtest;

/** /login: the sign-in form every account uses; also where a page that needs an account sends a visitor. */
final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        return open(browser, "/login");
    }

    /** The login page at an address of its own, e.g. with a return address {@code /login?volver=...}. */
    static LoginPage open(Browser browser, String path) {
        browser.open(path);
        return new LoginPage(browser);
    }

    /** Types the name and password and sends them; the browser is on whatever page the server answered. */
    Browser signIn(String username, String password) {
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", password);
        return submit();
    }

    /** Sends the form as it is (empty fields included). */
    Browser submit() {
        return browser.clickAndWait("#login\\:submit");
    }
}
