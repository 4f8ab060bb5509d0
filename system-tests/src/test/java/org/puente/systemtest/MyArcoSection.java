package org.puente.systemtest;

/** "Mi cuenta", its ARCO section (#arco): the citizen's ARCO requests and the form for a new one. */
final class MyArcoSection {

    private final Browser browser;

    private MyArcoSection(Browser browser) {
        this.browser = browser;
    }

    static MyArcoSection open(Browser browser) {
        browser.open("/mi-cuenta#arco");
        return new MyArcoSection(browser);
    }

    /** Asks for a right (its visible label starts with the given text) with what he asks; the consent given. */
    Browser ask(String rightLabelStart, String request) {
        browser.selectStartingWith("#arcoRequest\\:right", rightLabelStart);
        browser.type("#arcoRequest\\:request", request);
        browser.click("#arcoRequest\\:privacyConsent");
        return browser.clickAndWait("#arcoRequest\\:submit");
    }

    /** The folios of his ARCO requests, newest first. */
    java.util.List<String> folios() {
        return browser.all("#my-arco li a").stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
